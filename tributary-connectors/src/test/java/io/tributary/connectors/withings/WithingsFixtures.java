package io.tributary.connectors.withings;

import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads {@code src/test/resources/withings/<name>.json}; records are compared as the Terra JSON clients receive. */
final class WithingsFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private WithingsFixtures() {}

    static JsonNode fixture(String name) {
        try (InputStream in = WithingsFixtures.class.getResourceAsStream("/withings/" + name + ".json")) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<MappedRecord> map(RecordMapper m) throws Exception {
        return m.mapAll(fixture(m.endpoint()));
    }

    static JsonNode json(MappedRecord r) {
        return JSON.valueToTree(r.model());
    }
}
