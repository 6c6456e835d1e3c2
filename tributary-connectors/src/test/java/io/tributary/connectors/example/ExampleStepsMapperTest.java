package io.tributary.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Daily;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExampleStepsMapperTest {
    @Test
    void mapsTheStepsOfOneLocalDayAtItsOffset() throws Exception {
        var e = JsonMapper.builder()
                .build()
                .readTree("{\"id\":\"a1\",\"day\":\"2024-03-10\",\"offset_seconds\":3600,\"steps\":9000}");
        var r = new ExampleStepsMapper().map(e).get(0);
        Daily d = (Daily) r.model();
        assertThat(d.metadata().startTime()).isEqualTo("2024-03-10T00:00:00.000000+01:00");
        assertThat(d.metadata().endTime()).isEqualTo("2024-03-11T00:00:00.000000+01:00");
        assertThat(d.distanceData().steps()).isEqualTo(9000);
        assertThat(r.identityKey()).isEqualTo("2024-03-10");
        assertThat(r.providerKey()).isEqualTo("steps:a1");
        assertThat(r.partial()).isTrue();
    }
}
