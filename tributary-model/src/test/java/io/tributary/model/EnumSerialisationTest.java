package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.DeviceDataType;
import io.tributary.model.enums.MealType;
import io.tributary.model.enums.NutritionUnits;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.TerraIntEnum;
import io.tributary.model.enums.TerraStringEnum;
import io.tributary.model.enums.UploadType;
import io.tributary.model.enums.WorkoutSport;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.ModelClasses;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EnumSerialisationTest {

    @Test
    void numericEnumsAreWrittenAsIntegers() {
        assertThat(Json.MAPPER.writeValueAsString(ActivityType.RUNNING)).isEqualTo("8");
        assertThat(Json.MAPPER.writeValueAsString(UploadType.AUTOMATIC)).isEqualTo("1");
        assertThat(Json.MAPPER.writeValueAsString(List.of(SleepLevel.REM_SLEEP, MealType.DINNER)))
                .isEqualTo("[6,5]");
        assertThat(Json.MAPPER.readValue("12", NutritionUnits.class)).isEqualTo(NutritionUnits.FLUID_OUNCE);
    }

    @Test
    void stringEnumsAreWrittenAsTheirWireString() {
        assertThat(Json.MAPPER.writeValueAsString(DeviceDataType.HEART_RATE)).isEqualTo("\"HEART_RATE\"");
        assertThat(Json.MAPPER.writeValueAsString(WorkoutSport.TRAIL_RUNNING)).isEqualTo("\"trail_running\"");
        assertThat(Json.MAPPER.readValue("\"cycling\"", WorkoutSport.class)).isEqualTo(WorkoutSport.CYCLING);
    }

    @Test
    void unknownEnumValuesDoNotFailAndAreNotLostInRecords() {
        assertThat(Json.MAPPER.readValue("999", ActivityType.class)).isNull();
        assertThat(Json.MAPPER.readValue("\"NEW_SENSOR\"", DeviceDataType.class))
                .isNull();
        assertThat(ActivityType.of(999)).isEmpty();
        assertThat(ActivityType.isKnown(999)).isFalse();

        String json =
                "{\"start_time\":\"2022-10-28T09:00:00.000000+01:00\",\"end_time\":\"2022-10-28T10:00:00.000000+01:00\","
                        + "\"summary_id\":\"a\",\"type\":999,\"upload_type\":42}";
        ActivityMetadata m = Json.MAPPER.readValue(json, ActivityMetadata.class);
        assertThat(m.type()).isEqualTo(999);
        assertThat(m.typeAsEnum()).isEmpty();
        assertThat(m.uploadTypeAsEnum()).isEmpty();
        assertThat(Json.sameTree(Json.MAPPER.readTree(json), Json.MAPPER.valueToTree(m)))
                .isTrue();

        DeviceData d = Json.MAPPER.readValue("{\"data_provided\":[\"STEPS\",\"NEW_SENSOR\"]}", DeviceData.class);
        assertThat(d.dataProvided()).containsExactly("STEPS", "NEW_SENSOR");
        assertThat(Json.MAPPER.writeValueAsString(d)).isEqualTo("{\"data_provided\":[\"STEPS\",\"NEW_SENSOR\"]}");
    }

    @Test
    void recordsExposeTypedViewsAndBuildersAcceptConstants() {
        ActivityMetadata m = ActivityMetadata.builder()
                .type(ActivityType.RUNNING)
                .uploadType(UploadType.MANUAL)
                .build();
        assertThat(m.type()).isEqualTo(8);
        assertThat(m.typeAsEnum()).contains(ActivityType.RUNNING);
        assertThat(Json.MAPPER.writeValueAsString(m)).isEqualTo("{\"type\":8,\"upload_type\":2}");

        SleepHypnogramSample s = Json.MAPPER.readValue(
                "{\"timestamp\":\"2022-10-28T01:00:00.000000+01:00\",\"level\":5}", SleepHypnogramSample.class);
        assertThat(s.levelAsEnum()).contains(SleepLevel.DEEP_SLEEP);
    }

    @TestFactory
    Stream<DynamicTest> everyEnumMapsEachValueBackToItself() {
        return ModelClasses.all().stream()
                .filter(Class::isEnum)
                .map(c -> dynamicTest(c.getSimpleName(), () -> {
                    Set<Object> seen = new HashSet<>();
                    for (Object constant : c.getEnumConstants()) {
                        String json = Json.MAPPER.writeValueAsString(constant);
                        assertThat(Json.MAPPER.readValue(json, c)).isSameAs(constant);
                        Object wire = constant instanceof TerraIntEnum ie
                                ? (Object) ie.value()
                                : constant instanceof TerraStringEnum se ? se.value() : json;
                        assertThat(seen.add(wire))
                                .as("duplicate value %s in %s", wire, c)
                                .isTrue();
                        if (constant instanceof TerraIntEnum ie) {
                            assertThat(json).isEqualTo(Integer.toString(ie.value()));
                            assertThat(ie.label()).isNotBlank();
                        }
                    }
                }));
    }
}
