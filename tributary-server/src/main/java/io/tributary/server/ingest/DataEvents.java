package io.tributary.server.ingest;

import io.tributary.model.DataType;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.storage.OutboxStore;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes data events to the outbox (in the caller's transaction): {@code {type, data:[…], user, version}}, the
 * athlete as {@code {type:"athlete", athlete:{…}, user, version}}, and the large-request notices (decision 7).
 * Data objects are spliced in as the stored JSON text, unchanged.
 */
@Component
public class DataEvents {
    public static final String VERSION = "2022-03-16";
    /** At most this many objects per data event. */
    public static final int MAX_OBJECTS = 10;
    /** At most this many bytes of objects per data event (10 MB). */
    public static final long MAX_BYTES = 10L * 1000 * 1000;

    private final OutboxStore outbox;
    private final JsonMapper json;
    private final Clock clock;

    public DataEvents(OutboxStore outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** One data event carrying {@code objectsJson} (JSON object texts); athlete: exactly one object. */
    public void data(EnvironmentRecord env, User user, DataType type, List<String> objectsJson, String reference) {
        String userJson = json.writeValueAsString(TerraUsers.json(user));
        StringBuilder b = new StringBuilder(
                256 + objectsJson.stream().mapToInt(String::length).sum());
        b.append("{\"type\":").append(json.writeValueAsString(type.wireName()));
        if (type == DataType.ATHLETE) {
            b.append(",\"athlete\":").append(objectsJson.isEmpty() ? "null" : objectsJson.get(0));
        } else {
            b.append(",\"data\":[");
            for (int i = 0; i < objectsJson.size(); i++) {
                if (i > 0) b.append(',');
                b.append(objectsJson.get(i));
            }
            b.append(']');
        }
        b.append(",\"user\":").append(userJson);
        b.append(",\"version\":\"").append(VERSION).append("\"}");
        append(env, user, type.wireName(), reference, b.toString());
    }

    public void largeRequestProcessing(EnvironmentRecord env, User user, DataType type, String reference) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "large_request_processing");
        m.put("status", "processing");
        m.put("message", "Large request is processing");
        m.put("user", TerraUsers.json(user));
        m.put("reference", reference);
        append(env, user, "large_request_processing", reference, json.writeValueAsString(m));
    }

    public void largeRequestSending(
            EnvironmentRecord env, User user, DataType type, String reference, int expectedPayloads) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "large_request_sending");
        m.put("user", TerraUsers.json(user));
        m.put("reference", reference);
        m.put("message", "Large request is being sent");
        m.put("expected_payloads", expectedPayloads);
        append(env, user, "large_request_sending", reference, json.writeValueAsString(m));
    }

    /**
     * {@code rate_limit_hit}: the provider answered 429 while an asynchronous request was being processed; it is
     * rescheduled for {@code retryingAt}. Payload as in Terra's catalogue: {@code
     * {type,user,start_date,end_date,retrying_at,message}}; the event carries the request's reference.
     */
    public void rateLimitHit(
            EnvironmentRecord env, User user, String startDate, String endDate, Instant retryingAt, String reference) {
        Map<String, Object> m = rateLimitPayload(TerraUsers.json(user), startDate, endDate, retryingAt);
        append(env, user, "rate_limit_hit", reference, json.writeValueAsString(m));
    }

    /** The {@code rate_limit_hit} payload (shared with the connection backfill). */
    public static Map<String, Object> rateLimitPayload(
            Map<String, Object> user, String startDate, String endDate, Instant retryingAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "rate_limit_hit");
        m.put("user", user);
        m.put("start_date", startDate);
        m.put("end_date", endDate);
        m.put("retrying_at", io.tributary.model.Timestamps.format(retryingAt, java.time.ZoneOffset.UTC));
        m.put("message", "Rate limit reached whilst processing async query");
        return m;
    }

    private void append(EnvironmentRecord env, User user, String type, String reference, String payload) {
        Instant now = clock.instant();
        outbox.append(Ids.newId("evt", now.toEpochMilli()), env.id(), user.id(), type, reference, payload, now);
    }
}
