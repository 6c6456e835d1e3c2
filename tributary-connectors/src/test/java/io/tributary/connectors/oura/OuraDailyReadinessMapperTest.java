package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraDailyReadinessMapperTest {
    @Test
    void readinessScoreIsThePartialDaysRecoveryScore() throws Exception {
        MappedRecord r = OuraFixtures.map(new OuraDailyReadinessMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("2021-10-27");
        assertThat(r.providerKey()).isEqualTo("daily_readiness:2a4f1a5c-3c0a-4b5c-9bd8-2f4d1d3d7c11");
        JsonNode d = OuraFixtures.json(r);
        assertThat(d.at("/metadata/start_time").asString()).isEqualTo("2021-10-27T00:00:00.000000+00:00");
        assertThat(d.at("/scores/recovery").asDouble()).isEqualTo(66.0);
        assertThat(d.at("/oura_readiness/temperature_deviation").asDouble()).isEqualTo(-0.2);
        assertThat(d.at("/oura_readiness/temperature_trend_deviation").asDouble())
                .isEqualTo(0.1);
        assertThat(d.at("/oura_readiness/contributors/hrv_balance").asDouble()).isEqualTo(75.0);
        // a null contributor is left out, not written as 0
        assertThat(d.at("/oura_readiness/contributors").has("previous_day_activity"))
                .isFalse();
    }
}
