package io.tributary.connectors.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connectors;
import io.tributary.connectors.FetchRequest;
import io.tributary.model.DataType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SdkSourceConnectorTest {
    @Test
    void theThreeOnDeviceStoresAreRegisteredAsSdkSourcesWithNothingToPull() throws Exception {
        Connectors all = Connectors.load();
        for (String p : new String[] {"APPLE", "HEALTH_CONNECT", "SAMSUNG"}) {
            var c = all.find(p).orElseThrow();
            assertThat(c.descriptor().authKind()).isEqualTo(AuthKind.SDK);
            assertThat(c.descriptor().setup()).isEqualTo("SDK");
            assertThat(c.descriptor().provides(DataType.DAILY)).isTrue();
            assertThat(c.descriptor().requiresDeveloperCredentials()).isFalse();
            var r = c.fetch(
                    new FetchRequest("u", null, DataType.DAILY, Instant.EPOCH, Instant.now(), Instant.now(), null));
            assertThat(r.supported()).isFalse();
        }
    }
}
