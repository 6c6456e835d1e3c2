package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraDailySleepMapperTest {
    @Test
    void dailySleepScoreGoesToTheDaysSleepScore() throws Exception {
        MappedRecord r = OuraFixtures.map(new OuraDailySleepMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("2022-07-14");
        JsonNode d = OuraFixtures.json(r);
        assertThat(d.at("/metadata/start_time").asString()).isEqualTo("2022-07-14T00:00:00.000000+02:00");
        assertThat(d.at("/scores/sleep").asDouble()).isEqualTo(63.0);
        assertThat(d.at("/oura_sleep_contributors/deep_sleep").asDouble()).isEqualTo(57.0);
        assertThat(d.at("/oura_sleep_contributors/total_sleep").asDouble()).isEqualTo(60.0);
    }
}
