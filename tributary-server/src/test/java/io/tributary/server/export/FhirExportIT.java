package io.tributary.server.export;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.sandbox.SandboxGenerator;
import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.ingest.DataIngest;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import io.tributary.standards.fhir.FhirJson;
import io.tributary.standards.fhir.FhirValidation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /v2/export/fhir}: a SANDBOX user's 30 days as a Bundle that the HAPI validator accepts. */
class FhirExportIT extends IntegrationTest {
    @Autowired
    DataIngest ingest;

    @Autowired
    UserService users;

    EnvironmentCredentials creds;
    EnvironmentRecord env;
    User user;
    TestHttp api;
    Instant now = Instant.now();

    @BeforeEach
    void setUp() {
        creds = env(newDeveloper(), "testing");
        env = accounts.environmentByDevId(creds.devId()).orElseThrow();
        user = users.createAuthenticated(env, "SANDBOX", "fhir-ref", "ACTIVITY,SLEEP", "sbx-" + UUID.randomUUID());
        api = as(creds);
        SandboxGenerator g = new SandboxGenerator("fhir-export-it");
        List<TerraDataModel> records = new ArrayList<>();
        for (DataType t : List.of(DataType.DAILY, DataType.SLEEP, DataType.BODY, DataType.ACTIVITY))
            records.addAll(g.generate(t, now.minus(Duration.ofDays(30)), now, now));
        ingest.ingest(env, user, records, UUID.randomUUID().toString());
    }

    String range() {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        return "user_id=" + user.id() + "&start_date=" + today.minusDays(31) + "&end_date=" + today.plusDays(1);
    }

    @Test
    void aSandboxUsersThirtyDaysAreABundleTheValidatorAccepts() {
        TestHttp.Response r = api.get("/v2/export/fhir?" + range());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/fhir+json");
        Bundle b = FhirJson.parser().parseResource(Bundle.class, r.body());
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Patient p = (Patient) b.getEntryFirstRep().getResource();
        assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo(user.id().toString());
        long observations = b.getEntry().stream()
                .filter(e -> e.getResource() instanceof Observation)
                .count();
        assertThat(observations).isGreaterThan(150);
        assertThat(b.getEntry())
                .allSatisfy(e -> assertThat(e.getFullUrl())
                        .startsWith(api.base() + "/v2/export/fhir/"
                                + e.getResource().fhirType() + "/"));
        assertThat(FhirValidation.errors(b)).isEmpty();
    }

    @Test
    void typesSelectsTheDataTypes() {
        Bundle b = FhirJson.parser()
                .parseResource(
                        Bundle.class,
                        api.get("/v2/export/fhir?" + range() + "&types=daily").body());
        List<String> tagged = b.getEntry().stream()
                .filter(e -> e.getResource() instanceof Observation)
                .map(e -> e.getResource().getMeta().getTag("urn:tributary:data-type", "daily") != null
                        ? "daily"
                        : "other")
                .distinct()
                .toList();
        assertThat(tagged).containsExactly("daily");
    }

    @Test
    void badInputIsAProblem() {
        assertProblem(api.get("/v2/export/fhir?user_id=" + user.id()), 400);
        assertProblem(api.get("/v2/export/fhir?" + range() + "&types=daily,weather"), 400);
        assertProblem(api.get("/v2/export/fhir?user_id=" + UUID.randomUUID() + "&start_date=2026-01-01"), 404);
        assertProblem(
                api.get("/v2/export/fhir?user_id=" + user.id() + "&start_date=2020-01-01&end_date=2026-01-01"), 400);
        assertProblem(http().get("/v2/export/fhir?" + range()), 401);
    }
}
