package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.Populator;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code withoutSamples()} on records and {@link SampleFields} paths on JSON trees must agree. */
class SampleFieldsTest {

    @TestFactory
    Stream<DynamicTest> withoutSamplesRemovesExactlyTheListedPaths() {
        return Arrays.stream(DataType.values())
                .map(t -> dynamicTest(t.wireName(), () -> {
                    Record full = Populator.populate(t.modelClass().asSubclass(Record.class));
                    JsonNode tree = Json.MAPPER.valueToTree(full);
                    List<String> paths = SampleFields.paths(t);
                    for (String p : paths) {
                        assertThat(count(tree, p.split("\\."), 0)).as(p).isPositive();
                    }
                    JsonNode stripped = tree.deepCopy();
                    paths.forEach(p -> strip(stripped, p.split("\\."), 0));

                    TerraDataModel without = ((TerraDataModel) full).withoutSamples();
                    JsonNode actual = Json.MAPPER.valueToTree(without);
                    assertThat(actual).isEqualTo(stripped);
                    for (String p : paths) {
                        assertThat(count(actual, p.split("\\."), 0)).as(p).isZero();
                    }
                    if (paths.isEmpty()) {
                        assertThat(without).isSameAs(full);
                    }
                }));
    }

    @Test
    void knownPathsAreListed() {
        assertThat(SampleFields.paths(DataType.ACTIVITY))
                .contains(
                        "heart_rate_data.detailed.hr_samples",
                        "position_data.position_samples",
                        "MET_data.MET_samples",
                        "active_durations_data.activity_levels_samples")
                .doesNotContain("lap_data.laps", "TSS_data.TSS_samples");
        assertThat(SampleFields.paths(DataType.BODY))
                .contains("heart_data.ecg_signal[].raw_signal", "glucose_data.blood_glucose_samples")
                .doesNotContain("measurements_data.measurements");
        assertThat(SampleFields.paths(DataType.SLEEP)).contains("sleep_durations_data.hypnogram_samples");
        assertThat(SampleFields.paths(DataType.NUTRITION)).containsExactly("drink_samples");
        assertThat(SampleFields.paths(DataType.ATHLETE)).isEmpty();
        assertThat(DataType.DAILY.samplePaths()).contains("stress_data.samples");
    }

    private static int count(JsonNode node, String[] segs, int i) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 0;
        }
        String seg = segs[i];
        boolean array = seg.endsWith("[]");
        String name = array ? seg.substring(0, seg.length() - 2) : seg;
        JsonNode child = node.get(name);
        if (child == null) {
            return 0;
        }
        if (i == segs.length - 1) {
            return 1;
        }
        if (array) {
            int n = 0;
            for (JsonNode e : child) {
                n += count(e, segs, i + 1);
            }
            return n;
        }
        return count(child, segs, i + 1);
    }

    private static void strip(JsonNode node, String[] segs, int i) {
        if (!(node instanceof ObjectNode obj)) {
            return;
        }
        String seg = segs[i];
        if (i == segs.length - 1) {
            obj.remove(seg);
            return;
        }
        boolean array = seg.endsWith("[]");
        JsonNode child = obj.get(array ? seg.substring(0, seg.length() - 2) : seg);
        if (child == null) {
            return;
        }
        if (array) {
            child.forEach(e -> strip(e, segs, i + 1));
        } else {
            strip(child, segs, i + 1);
        }
    }
}
