package io.tributary.server.export;

import io.tributary.model.DataType;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.ingest.DateParams;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.User;
import io.tributary.standards.fhir.FhirJson;
import io.tributary.standards.fhir.FhirMapper;
import io.tributary.standards.fhir.Resources;
import io.tributary.standards.fhir.Subject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;

/**
 * {@code GET /v2/export/fhir} (docs/fhir.md): one user's stored data of a date range as a FHIR R4 {@code collection}
 * Bundle — the Patient, the Devices and one Observation per value. Reads what is stored (no provider pull). A range
 * longer than {@link #MAX_SPAN} is refused: the Bundle is built in memory, and the bulk export is the way to more.
 */
@Service
public class FhirExportService {
    static final Duration MAX_SPAN = Duration.ofDays(366);

    private final UserService users;
    private final StoredRecords records;
    private final Clock clock;

    public FhirExportService(UserService users, StoredRecords records, Clock clock) {
        this.users = users;
        this.records = records;
        this.clock = clock;
    }

    /** The query as the client sent it; {@code types} a comma-separated list, every mapped type when empty. */
    public record BundleQuery(UUID userId, String startDate, String endDate, String types) {}

    /** The Bundle's JSON ({@code application/fhir+json}); {@code base} prefixes each entry's {@code fullUrl}. */
    public byte[] bundle(EnvironmentRecord env, BundleQuery q, String base) {
        if (q.userId() == null) throw ApiException.badRequest("'user_id' is required");
        if (q.startDate() == null || q.startDate().isBlank())
            throw ApiException.badRequest("'start_date' is required (YYYY-MM-DD or unix seconds)");
        Instant now = clock.instant();
        DataRange range = DateParams.range(q.startDate(), q.endDate(), now);
        if (Duration.between(range.earliestInstant(), range.latestInstant())
                        .compareTo(MAX_SPAN.plus(Duration.ofDays(2)))
                > 0)
            throw ApiException.badRequest("a Bundle covers at most 366 days; use GET /v2/export/fhir/$export for more");
        List<DataType> types = ExportTypes.parse(q.types());
        User user = users.get(env, q.userId());
        Subject subject = Subject.of(TerraUsers.of(user));
        List<Resource> resources = new ArrayList<>();
        resources.add(Resources.patient(subject));
        for (DataType t : types)
            records.each(
                    env.id(),
                    user.id(),
                    t,
                    range,
                    r -> resources.addAll(FhirJson.resources(FhirMapper.map(subject, r))));
        Bundle b = FhirJson.collection(base, resources, Date.from(now));
        return FhirJson.json(b).getBytes(StandardCharsets.UTF_8);
    }
}
