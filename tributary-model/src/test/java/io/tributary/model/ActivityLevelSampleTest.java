package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.enums.ActivityLevel;
import io.tributary.model.nested.ActivityLevelSample;
import io.tributary.model.nested.GlucoseData;
import io.tributary.model.testsupport.Json;
import org.junit.jupiter.api.Test;

/** ActivityLevelSample carries both {@code activity_level} and {@code level} (docs/decisions.md#10). */
class ActivityLevelSampleTest {

    @Test
    void classicLevelIsAcceptedAndBothNamesAreWritten() {
        ActivityLevelSample s = Json.MAPPER.readValue(
                "{\"timestamp\":\"2022-10-28T10:00:00.000000+01:00\",\"level\":3}", ActivityLevelSample.class);
        assertThat(s.activityLevel()).isEqualTo(3);
        assertThat(s.level()).isEqualTo(3);
        assertThat(Json.MAPPER.writeValueAsString(s))
                .isEqualTo("{\"timestamp\":\"2022-10-28T10:00:00.000000+01:00\",\"activity_level\":3,\"level\":3}");
    }

    @Test
    void currentActivityLevelIsAcceptedAndBothNamesAreWritten() {
        ActivityLevelSample s = Json.MAPPER.readValue(
                "{\"timestamp\":\"t\",\"activity_level\":4,\"timer_duration_seconds\":60}", ActivityLevelSample.class);
        assertThat(Json.MAPPER.writeValueAsString(s))
                .isEqualTo("{\"timestamp\":\"t\",\"activity_level\":4,\"level\":4,\"timer_duration_seconds\":60.0}");
        assertThat(s.activityLevelAsEnum()).contains(ActivityLevel.MEDIUM_INTENSITY);
    }

    @Test
    void activityLevelWinsWhenBothDisagree() {
        ActivityLevelSample s = Json.MAPPER.readValue("{\"activity_level\":5,\"level\":1}", ActivityLevelSample.class);
        assertThat(s.level()).isEqualTo(5);
    }

    @Test
    void buildersSetBoth() {
        ActivityLevelSample a = ActivityLevelSample.builder()
                .level(ActivityLevel.REST)
                .timerDurationSeconds(30.0)
                .build();
        assertThat(a.activityLevel()).isEqualTo(1);
        ActivityLevelSample b = a.toBuilder().activityLevel(2).build();
        assertThat(b.level()).isEqualTo(2);
        ActivityLevelSample c = a.toBuilder().level(5).build();
        assertThat(c.activityLevel()).isEqualTo(5);
        assertThat(new ActivityLevelSample(null, null, 2, null, null).activityLevel())
                .isEqualTo(2);
    }

    @Test
    void glucoseLowerCaseAliasIsKeptInStep() {
        GlucoseData g = Json.MAPPER.readValue("{\"day_avg_blood_glucose_mg_per_dl\":92.5}", GlucoseData.class);
        assertThat(g.dayAvgBloodGlucoseMgPerDl()).isEqualTo(92.5);
        assertThat(g.dayAvgBloodGlucoseMgPerDlAlias()).isEqualTo(92.5);
        assertThat(Json.MAPPER.writeValueAsString(g))
                .contains("\"day_avg_blood_glucose_mg_per_dL\":92.5")
                .contains("\"day_avg_blood_glucose_mg_per_dl\":92.5");
    }
}
