package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tributary.model.DataType;
import io.tributary.model.TerraUser;
import io.tributary.model.support.RawJson;
import java.util.List;

/**
 * The data event Tributary sends, its objects carried as JSON text: {@code {type, data:[…], user, version}}, or
 * for the athlete {@code {type:"athlete", athlete:{…}, user, version}}. The objects are written byte for byte as
 * they were stored, never parsed and written again; {@link ActivityEvent}, {@link AthleteEvent} and the other
 * typed data events describe the same shape with parsed objects.
 *
 * <p>Written, never read back (so, unlike the generated records, no {@code extra}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "data", "athlete", "user", "version"})
public record RawDataEvent(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<RawJson> data,
        @JsonProperty("athlete") RawJson athlete,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("version") String version)
        implements WebhookEvent {
    /** At most this many objects per data event. */
    public static final int MAX_OBJECTS = 10;
    /** At most this many bytes of objects per data event (10 MB). */
    public static final long MAX_BYTES = 10L * 1000 * 1000;

    public RawDataEvent {
        data = data == null ? null : List.copyOf(data);
    }

    /**
     * The event of {@code type} for {@code user} carrying {@code objects}, version {@value DataEvent#VERSION}. The
     * athlete event carries exactly one object (a user has one athlete profile).
     */
    public static RawDataEvent of(DataType type, TerraUser user, List<RawJson> objects) {
        if (type != DataType.ATHLETE) return new RawDataEvent(type.wireName(), objects, null, user, DataEvent.VERSION);
        if (objects.size() != 1)
            throw new IllegalArgumentException("an athlete event carries one object, not " + objects.size());
        return new RawDataEvent(type.wireName(), null, objects.get(0), user, DataEvent.VERSION);
    }
}
