package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Event {@code type} values of the event catalogue (classic and current). */
public enum EventType {
    AUTH("auth"),
    AUTH_CANCELLED("auth_cancelled"),
    DEAUTH("deauth"),
    USER_REAUTH("user_reauth"),
    ACCESS_REVOKED("access_revoked"),
    CONNECTION_ERROR("connection_error"),
    GOOGLE_NO_DATASOURCE("google_no_datasource"),
    PERMISSION_CHANGE("permission_change"),
    PROCESSING("processing"),
    LARGE_REQUEST_PROCESSING("large_request_processing"),
    LARGE_REQUEST_SENDING("large_request_sending"),
    RATE_LIMIT_HIT("rate_limit_hit"),
    HEALTHCHECK("healthcheck"),
    S3_PAYLOAD("s3_payload"),
    /** Name of the {@code s3_payload} event in the webhook operation list. */
    S3_UPLOAD("s3_upload"),
    ACTIVITY("activity"),
    ATHLETE("athlete"),
    BODY("body"),
    DAILY("daily"),
    MENSTRUATION("menstruation"),
    NUTRITION("nutrition"),
    SLEEP("sleep"),
    PLANNED_WORKOUT("planned_workout"),
    HORMONE("hormone"),
    HEALTH_OBSERVATION("health_observation"),
    LAB_REPORT_COMPLETED("lab_report.completed"),
    LAB_REPORT_FAILED("lab_report.failed");

    private final String value;

    EventType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant for {@code value}, or {@code null} when unknown. */
    @JsonCreator
    public static EventType fromValue(String value) {
        for (EventType t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        return null;
    }

    public static Optional<EventType> of(String value) {
        return Optional.ofNullable(fromValue(value));
    }
}
