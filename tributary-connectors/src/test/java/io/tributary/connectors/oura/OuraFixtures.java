package io.tributary.connectors.oura;

import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads {@code src/test/resources/oura/<name>.json}; records are compared as the Terra JSON clients receive. */
final class OuraFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private OuraFixtures() {}

    static String text(String name) {
        try (InputStream in = OuraFixtures.class.getResourceAsStream("/oura/" + name + ".json")) {
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
}
