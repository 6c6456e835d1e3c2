package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed FIT fixtures ({@code src/test/resources/fixtures/*.fit}, also used by the server's upload tests and
 * the docs) are exactly what {@link FitFixtures} generates. Run with {@code -Dfixtures.write=true} to regenerate.
 */
class FitFixturesTest {
    static final Map<String, byte[]> FILES = Map.of(
            "run.fit", FitFixtures.run(),
            "swim.fit", FitFixtures.swim(),
            "monitoring.fit", FitFixtures.monitoring(),
            "sleep.fit", FitFixtures.sleep(),
            "weight.fit", FitFixtures.weight());

    @Test
    void committedBinariesMatchTheGenerator() throws IOException {
        Path dir = Path.of("src/test/resources/fixtures");
        for (Map.Entry<String, byte[]> e : FILES.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (Boolean.getBoolean("fixtures.write")) {
                Files.write(f, e.getValue());
            }
            assertThat(Files.readAllBytes(f)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
