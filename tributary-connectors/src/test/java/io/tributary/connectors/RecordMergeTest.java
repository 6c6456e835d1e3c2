package io.tributary.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecordMergeTest {
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode j(String s) {
        return json.readTree(s.replace('\'', '"'));
    }

    @Test
    void partsOfOneDayAddUpAndNewerScalarsWin() {
        JsonNode stored = j("{'metadata':{'start_time':'2024-03-10T00:00:00.000000+01:00','upload_type':1},"
                + "'distance_data':{'steps':100},'stress_data':{'avg_stress_level':30}}");
        JsonNode dailies = j("{'metadata':{'start_time':'2024-03-10T00:00:00.000000+01:00','upload_type':3},"
                + "'distance_data':{'steps':900,'distance_meters':700.5}}");
        JsonNode merged = RecordMerge.merge(stored, dailies);
        assertThat(merged)
                .isEqualTo(
                        j(
                                "{'metadata':{'start_time':'2024-03-10T00:00:00.000000+01:00','upload_type':3},"
                                        + "'distance_data':{'steps':900,'distance_meters':700.5},'stress_data':{'avg_stress_level':30}}"));
        assertThat(stored.path("distance_data").path("steps").asInt()).isEqualTo(100); // inputs unchanged
    }

    @Test
    void sampleArraysAreAUnionByInstantWithTheNewerSampleWinning() {
        JsonNode stored = j("{'MET_data':{'MET_samples':["
                + "{'timestamp':'2024-03-10T00:00:00.000000+01:00','level':1.0},"
                + "{'timestamp':'2024-03-10T00:15:00.000000+01:00','level':2.0}]}}");
        JsonNode later = j("{'MET_data':{'MET_samples':["
                + "{'timestamp':'2024-03-09T23:15:00.000000+00:00','level':2.5},"
                + "{'timestamp':'2024-03-10T00:30:00.000000+01:00','level':3.0}]}}");
        JsonNode merged = RecordMerge.merge(stored, later).path("MET_data").path("MET_samples");
        assertThat(merged).hasSize(3);
        assertThat(merged.get(0).path("level").asDouble()).isEqualTo(1.0);
        assertThat(merged.get(1).path("level").asDouble()).isEqualTo(2.5); // same instant, other offset: replaced
        assertThat(merged.get(2).path("level").asDouble()).isEqualTo(3.0);
    }

    @Test
    void otherArraysAreReplacedAndNothingStoredMeansThePartialItself() {
        JsonNode merged = RecordMerge.merge(
                j("{'device_data':{'data_provided':['steps']}}"), j("{'device_data':{'data_provided':['hr']}}"));
        assertThat(merged).isEqualTo(j("{'device_data':{'data_provided':['hr']}}"));
        assertThat(RecordMerge.merge(null, j("{'a':1}"))).isEqualTo(j("{'a':1}"));
    }

    @Test
    void measurementsMergeByTheirTimeAndACalendarDateNeverErasesTheDaysOffset() {
        JsonNode stored = j("{'metadata':{'start_time':'2024-03-10T00:00:00.000000+01:00'},'measurements_data':"
                + "{'measurements':[{'measurement_time':'2024-03-10T07:00:00.000000+01:00','weight_kg':70.1}]}}");
        JsonNode later = j("{'metadata':{'start_time':'2024-03-10T00:00:00.000000'},'measurements_data':"
                + "{'measurements':[{'measurement_time':'2024-03-10T19:00:00.000000+01:00','weight_kg':70.9}]},"
                + "'oxygen_data':{'vo2max_ml_per_min_per_kg':48.0}}");
        JsonNode merged = RecordMerge.merge(stored, later);
        assertThat(merged.path("metadata").path("start_time").asString()).isEqualTo("2024-03-10T00:00:00.000000+01:00");
        assertThat(merged.path("measurements_data").path("measurements")).hasSize(2);
        assertThat(merged.path("oxygen_data").path("vo2max_ml_per_min_per_kg").asDouble())
                .isEqualTo(48.0);
    }
}
