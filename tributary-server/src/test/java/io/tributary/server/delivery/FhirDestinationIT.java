package io.tributary.server.delivery;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.standards.fhir.FhirJson;
import io.tributary.standards.fhir.FhirValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** The FHIR output mode of a destination: a data event arrives as a signed FHIR Bundle the validator accepts. */
class FhirDestinationIT extends DeliveryTestSupport {
    static String fixture(String name) throws IOException {
        try (InputStream in = FhirDestinationIT.class.getResourceAsStream("/terra/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "");
        }
    }

    @Test
    void aFhirDestinationReceivesABundlePerDataEventAndATerraOneTheTerraJson() throws Exception {
        Env e = newEnv();
        try (Receiver fhir = new Receiver();
                Receiver terra = new Receiver()) {
            String id = webhook(e, fhir.url(), "\"payload_format\":\"fhir\"");
            webhook(e, terra.url(), null);
            assertThat(e.api().get("/v2/dashboard/destinations").json().toString())
                    .contains("\"payload_format\":\"fhir\"")
                    .contains("\"payload_format\":\"terra\"");
            UUID user = UUID.randomUUID();
            emit(e, user, "daily", "ref-fhir", fixture("daily.json"));
            Receiver.Request r;
            try {
                r = fhir.await(90, rs -> !rs.isEmpty()).get(0);
            } catch (AssertionError notYet) {
                throw new AssertionError(notYet.getMessage() + "; deliveries: "
                        + e.api().get("/v2/dashboard/webhooks").body());
            }
            assertThat(SignatureVerifier.verify(
                            r.header("terra-signature"),
                            r.body(),
                            e.creds().signingSecret(),
                            Instant.now().getEpochSecond()))
                    .isTrue();
            Bundle b = FhirJson.parser().parseResource(Bundle.class, r.bodyString());
            assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
            assertThat(b.getEntry().stream()
                            .filter(x -> x.getResource() instanceof Observation)
                            .map(x -> ((Observation) x.getResource())
                                    .getCode()
                                    .getCodingFirstRep()
                                    .getCode()))
                    .contains("41950-7", "41979-6", "8867-4");
            assertThat(FhirValidation.errors(b)).isEmpty();
            Receiver.Request t = terra.await(90, rs -> !rs.isEmpty()).get(0);
            assertThat(t.json().get("type").asString()).isEqualTo("daily");
            assertThat(t.json()
                            .get("data")
                            .get(0)
                            .get("distance_data")
                            .get("steps")
                            .asInt())
                    .isEqualTo(10432);

            // an unmapped data type keeps its Terra JSON on the FHIR destination too
            emit(e, user, "nutrition", "ref-n", "{\"metadata\":{\"start_time\":\"2026-11-02T00:00:00+01:00\"}}");
            Receiver.Request n = fhir.await(90, rs -> rs.size() >= 2).get(1);
            assertThat(n.json().get("type").asString()).isEqualTo("nutrition");

            // back to Terra JSON through the destinations API
            assertThat(e.api()
                            .patch("/v2/dashboard/destinations/" + id, "{\"payload_format\":\"terra\"}")
                            .json()
                            .get("payload_format")
                            .asString())
                    .isEqualTo("terra");
        }
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        Env e = newEnv();
        assertProblem(
                e.api()
                        .post(
                                "/v2/dashboard/destinations",
                                "{\"type\":\"webhook\",\"url\":\"https://example.com/h\",\"payload_format\":\"hl7v2\"}"),
                400);
    }
}
