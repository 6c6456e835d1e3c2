package io.tributary.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortReadPoolTest {
    @Test
    void sizeIsTwoPerProcessorPlusTwoUnlessConfigured() {
        assertThat(ShortReadPool.size(0)).isEqualTo(2 * Runtime.getRuntime().availableProcessors() + 2);
        assertThat(ShortReadPool.size(3)).isEqualTo(3);
    }
}
