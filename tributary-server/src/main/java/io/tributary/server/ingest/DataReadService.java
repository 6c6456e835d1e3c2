package io.tributary.server.ingest;

import io.tributary.model.DataType;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.EnvironmentSettings;
import io.tributary.server.storage.User;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data reads of the REST API (api.md §2.5, docs/data-api.md): a synchronous read answered from storage (the
 * short ones in one statement), or an asynchronous one acknowledged at once and sent to the destinations. The
 * controller only parses the query and writes the {@link Reply} out.
 */
@Service
public class DataReadService {
    private final UserService users;
    private final DataReads reads;
    private final AsyncReadJobs async;
    private final DataTypeSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    public DataReadService(
            UserService users,
            DataReads reads,
            AsyncReadJobs async,
            DataTypeSettings settings,
            JsonMapper json,
            Clock clock) {
        this.users = users;
        this.reads = reads;
        this.async = async;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A range read as the client asked for it.
     *
     * @param startDate {@code YYYY-MM-DD} or unix seconds (see {@link DateParams}); required
     * @param withSamples null: the environment's default
     */
    public record RangeQuery(UUID userId, String startDate, String endDate, boolean toWebhook, Boolean withSamples) {}

    /**
     * What to answer: a JSON body, its {@code terra-reference} header, its length when known (-1 otherwise) and
     * whether the Content-Type names the charset (the synchronous reads always have; the acknowledgements not).
     */
    public record Reply(String reference, int contentLength, boolean namesCharset, Body body) {}

    /** Writes the JSON body (straight from storage for the synchronous reads). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public Reply read(EnvironmentRecord env, DataType type, RangeQuery q) {
        Instant now = clock.instant();
        DataRange range = DateParams.range(q.startDate(), q.endDate(), now);
        EnvironmentSettings s = settings.settings(env);
        boolean samples = q.withSamples() != null ? q.withSamples() : s.samplesDefault();
        ReadRequest req = new ReadRequest(type, range, samples);
        String reference = UUID.randomUUID().toString();
        UUID id = q.userId();
        if (!q.toWebhook() && DataReads.small(req) && s.dataTypeEnabled(type.wireName())) {
            // A few weeks of a once-a-day type: the user and the objects in one statement, sent with a
            // Content-Length in one go (a database error still becomes a problem response).
            DataReads.SyncBody body = reads.readSmall(env, id, req).orElseThrow(() -> UserService.userNotFound(id));
            return new Reply(reference, body.length(), true, body::writeTo);
        }
        User user = users.get(env, id);
        ensureEnabled(s, type);
        if (q.toWebhook()) return ack(reference, async.submit(env, user, req, reference));
        reads.fetchForSyncRead(env, user, req);
        return new Reply(reference, -1, true, out -> {
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            reads.writeSync(env, user, req, buffered);
            buffered.flush();
        });
    }

    /** {@code GET /v2/athlete}: the user's athlete profile (there is no range). */
    public Reply athlete(EnvironmentRecord env, UUID userId, boolean toWebhook) {
        User user = users.get(env, userId);
        ensureEnabled(settings.settings(env), DataType.ATHLETE);
        Instant now = clock.instant();
        ReadRequest req = new ReadRequest(DataType.ATHLETE, new DataRange(null, now, null, now), false);
        String reference = UUID.randomUUID().toString();
        if (toWebhook) return ack(reference, async.submit(env, user, req, reference));
        reads.fetchForSyncRead(env, user, req);
        String athlete = reads.athlete(env, user).orElse("null");
        byte[] body = ("{\"user\":" + json.writeValueAsString(TerraUsers.json(user)) + ",\"athlete\":" + athlete
                        + ",\"type\":\"athlete\"}")
                .getBytes(StandardCharsets.UTF_8);
        return new Reply(reference, -1, false, out -> out.write(body));
    }

    private Reply ack(String reference, java.util.Map<String, Object> ack) {
        byte[] body = json.writeValueAsBytes(new LinkedHashMap<>(ack));
        return new Reply(reference, -1, false, out -> out.write(body));
    }

    private static void ensureEnabled(EnvironmentSettings s, DataType t) {
        if (!s.dataTypeEnabled(t.wireName()))
            throw ApiException.badRequest("data type '" + t.wireName() + "' is disabled for this environment: enable it"
                    + " with PATCH /v2/dashboard/settings/data-types {\"" + t.wireName() + "\": true}");
    }
}
