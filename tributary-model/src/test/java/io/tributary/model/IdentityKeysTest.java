package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.MenstruationMetadata;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.PlannedWorkoutDetails;
import io.tributary.model.nested.PlannedWorkoutDetailsMetadata;
import io.tributary.model.nested.SleepMetadata;
import org.junit.jupiter.api.Test;

class IdentityKeysTest {

    @Test
    void activityAndSleepUseTheSummaryId() {
        Activity a = Activity.builder()
                .metadata(ActivityMetadata.builder().summaryId("abc").build())
                .build();
        Sleep s = Sleep.builder()
                .metadata(SleepMetadata.builder().summaryId("zzz").build())
                .build();
        assertThat(a.identityKey()).isEqualTo("abc");
        assertThat(IdentityKeys.of(s)).isEqualTo("zzz");
        assertThat(Activity.builder().build().identityKey()).isNull();
    }

    @Test
    void dailyBodyNutritionMenstruationUseTheLocalDateOfStartTime() {
        String start = "2022-10-28T00:00:00.000000+14:00"; // 2022-10-27 in UTC: the written date counts
        assertThat(Daily.builder()
                        .metadata(DailyMetadata.builder().startTime(start).build())
                        .build()
                        .identityKey())
                .isEqualTo("2022-10-28");
        assertThat(Body.builder()
                        .metadata(BodyMetadata.builder()
                                .startTime("2022-10-28T00:00:00.000000-05:00")
                                .build())
                        .build()
                        .identityKey())
                .isEqualTo("2022-10-28");
        assertThat(Nutrition.builder()
                        .metadata(NutritionMetadata.builder()
                                .startTime("2022-10-28T00:00:00")
                                .build())
                        .build()
                        .identityKey())
                .isEqualTo("2022-10-28");
        assertThat(Menstruation.builder()
                        .metadata(MenstruationMetadata.builder()
                                .startTime("2022-10-28")
                                .build())
                        .build()
                        .identityKey())
                .isEqualTo("2022-10-28");
        assertThat(Daily.builder().build().identityKey()).isNull();
    }

    @Test
    void athleteIsConstantAndPlannedWorkoutUsesItsId() {
        assertThat(Athlete.builder().firstName("A").build().identityKey()).isEqualTo(IdentityKeys.ATHLETE_KEY);
        assertThat(PlannedWorkout.builder().plannedWorkoutId("pw1").build().identityKey())
                .isEqualTo("pw1");
        PlannedWorkoutDetails details = PlannedWorkoutDetails.builder()
                .metadata(PlannedWorkoutDetailsMetadata.builder().id("ext-9").build())
                .build();
        assertThat(PlannedWorkout.builder().details(details).build().identityKey())
                .isEqualTo("ext-9");
        assertThat(ClassicPlannedWorkout.builder()
                        .metadata(PlannedWorkoutDetailsMetadata.builder()
                                .id("w-1")
                                .build())
                        .build()
                        .identityKey())
                .isEqualTo("w-1");
    }

    @Test
    void dateOfValidates() {
        assertThat(IdentityKeys.dateOf(null)).isNull();
        assertThat(IdentityKeys.dateOf("2022-10-28 10:00:00")).isEqualTo("2022-10-28");
        assertThatThrownBy(() -> IdentityKeys.dateOf("28/10/2022")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityKeys.dateOf("2022-10-2810")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityKeys.dateOf("2022-02-30T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonPaths() {
        assertThat(IdentityKeys.jsonPath(DataType.ACTIVITY)).isEqualTo("metadata.summary_id");
        assertThat(DataType.DAILY.identityPath()).isEqualTo("metadata.start_time");
        assertThat(IdentityKeys.jsonPath(DataType.ATHLETE)).isNull();
        assertThat(IdentityKeys.jsonPath(DataType.PLANNED_WORKOUT)).isEqualTo("planned_workout_id");
    }
}
