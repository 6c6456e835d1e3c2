package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.sandbox.SandboxGenerator;
import io.tributary.files.FileParsers;
import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored JSON, its times and its copy without samples are the same whether an object goes through the tree
 * (as every object did before) or, when large, through {@link LargeObjectJson}: checked on every data type the
 * sandbox generates and on what the file parsers make of the upload fixtures.
 */
class LargeObjectJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @TempDir
    Path dir;

    private List<TerraDataModel> objects() throws IOException {
        List<TerraDataModel> all = new ArrayList<>();
        SandboxGenerator g = new SandboxGenerator("large-object-json");
        Instant now = Instant.parse("2024-06-10T00:00:00Z");
        for (DataType t : DataType.values()) {
            all.addAll(g.generate(t, Instant.parse("2024-06-01T00:00:00Z"), now, now));
        }
        for (String f : new String[] {"run.fit", "track.gpx", "export.xml"}) {
            Path p = dir.resolve(f);
            try (InputStream in = getClass().getResourceAsStream("/uploads/" + f)) {
                Files.write(p, in.readAllBytes());
            }
            new FileParsers().parse(p, f, null, all::add);
        }
        return all;
    }

    @Test
    void directAndTreeSerialisationAgreeAndTheStreamedSummaryEqualsTheStrippedTree() throws IOException {
        List<TerraDataModel> all = objects();
        assertThat(all).hasSizeGreaterThan(20);
        int withSamples = 0;
        for (TerraDataModel m : all) {
            JsonNode tree = JSON.valueToTree(m);
            String direct = JSON.writeValueAsString(m);
            assertThat(direct).as(m.dataType().wireName()).isEqualTo(JSON.writeValueAsString(tree));
            JsonNode stripped = tree.deepCopy();
            SampleStripper.strip(m.dataType(), stripped);
            String expected = stripped.equals(tree) ? null : JSON.writeValueAsString(stripped);
            assertThat(LargeObjectJson.withoutSamples(JSON, m.dataType(), direct))
                    .as(m.dataType().wireName())
                    .isEqualTo(expected);
            if (expected != null) {
                withSamples++;
            }
            String[] times = LargeObjectJson.metadataTimes(JSON, direct);
            JsonNode md = tree.path("metadata");
            assertThat(times[0])
                    .isEqualTo(
                            md.path("start_time").isString()
                                    ? md.get("start_time").asString()
                                    : null);
            assertThat(times[1])
                    .isEqualTo(
                            md.path("end_time").isString() ? md.get("end_time").asString() : null);
        }
        assertThat(withSamples).isGreaterThan(5);
    }

    @Test
    void elementWisePathsAndNestedArraysAreStrippedAsOnTheTree() {
        String body = "{\"heart_data\":{\"ecg_signal\":[{\"raw_signal\":[1,2],\"avg_hr_bpm\":60},[1],3,"
                + "{\"x\":{\"raw_signal\":1}}],\"heart_rate_data\":{\"detailed\":{\"hr_samples\":null}}},"
                + "\"metadata\":{\"start_time\":\"2024-01-01T00:00:00+00:00\",\"end_time\":5}}";
        JsonNode tree = JSON.readTree(body);
        SampleStripper.strip(DataType.BODY, tree);
        assertThat(LargeObjectJson.withoutSamples(JSON, DataType.BODY, body)).isEqualTo(JSON.writeValueAsString(tree));
        assertThat(LargeObjectJson.metadataTimes(JSON, body)).containsExactly("2024-01-01T00:00:00+00:00", null);
        assertThat(LargeObjectJson.withoutSamples(JSON, DataType.BODY, "{\"metadata\":{}}"))
                .isNull();
    }
}
