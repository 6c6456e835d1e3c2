package io.tributary.connectors.garmin;

import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads {@code src/test/resources/garmin/<name>.json} and maps it; records are compared as Terra JSON. */
final class GarminFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private GarminFixtures() {}

    static String text(String name) {
        try (InputStream in = GarminFixtures.class.getResourceAsStream("/garmin/" + name + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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

    /** The first record of the mapper's fixture, as the JSON Terra clients receive. */
    static JsonNode first(RecordMapper m) throws Exception {
        return JSON.valueToTree(map(m).get(0).model());
    }

    static JsonNode json(MappedRecord r) {
        return JSON.valueToTree(r.model());
    }
}
