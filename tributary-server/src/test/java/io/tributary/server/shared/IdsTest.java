package io.tributary.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void idsArePrefixedUniqueAndSortByTime() {
        String a = Ids.newId("evt", 1_700_000_000_000L);
        String b = Ids.newId("evt", 1_700_000_000_001L);
        assertThat(a).startsWith("evt_").hasSize(30);
        assertThat(a.compareTo(b)).isNegative();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) assertThat(seen.add(Ids.newId("x", 5))).isTrue();
    }

    @Test
    void secretHashComparesInConstantTimeAndMatchesOnlyTheKey() {
        byte[] h = SecretHash.sha256("tk_abc");
        assertThat(SecretHash.matches("tk_abc", h)).isTrue();
        assertThat(SecretHash.matches("tk_abd", h)).isFalse();
    }
}
