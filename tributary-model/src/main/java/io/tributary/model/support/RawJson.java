package io.tributary.model.support;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A JSON value kept as its text and written exactly as it is: data objects go into events as they were stored
 * (from ingest, or as PostgreSQL gives them back) instead of being parsed into records and written again. The text
 * must be one complete JSON value; nothing here checks it (the outbox column does, on insert).
 */
public record RawJson(@JsonValue @JsonRawValue String json) {
    public RawJson {
        Objects.requireNonNull(json, "json");
    }
}
