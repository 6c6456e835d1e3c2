package io.tributary.connectors.whoop;

import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads {@code src/test/resources/whoop/<name>.json}; records are compared as the Terra JSON clients receive. */
final class WhoopFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private WhoopFixtures() {}

    static String text(String name) {
        try (InputStream in = WhoopFixtures.class.getResourceAsStream("/whoop/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode fixture(String name) {
        return JSON.readTree(text(name));
    }

    static List<MappedRecord> map(RecordMapper m) throws Exception {
        return m.mapAll(fixture(m.endpoint()));
    }

    static JsonNode json(MappedRecord r) {
        return JSON.valueToTree(r.model());
    }

    static JsonNode first(RecordMapper m) throws Exception {
        return json(map(m).get(0));
    }

    /** The first record of fixture {@code name}. */
    static JsonNode record(String name) {
        JsonNode f = fixture(name);
        return f.has("records") ? f.path("records").get(0) : f;
    }
}
