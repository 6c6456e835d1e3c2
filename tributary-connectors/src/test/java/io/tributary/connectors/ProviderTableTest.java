package io.tributary.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's provider table is the one {@link ProviderTable} generates from the registered descriptors. When it
 * is stale, the failure prints the fresh block; or regenerate in place with {@code -Dtributary.readme.update=true}
 * (see tributary-connectors/README.md).
 */
class ProviderTableTest {
    @Test
    void readmeProviderTableIsGeneratedFromTheDescriptors() throws Exception {
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
        String text = Files.readString(readme);
        String fresh = ProviderTable.block(Connectors.load().all());
        int b = text.indexOf(ProviderTable.BEGIN);
        int e = text.indexOf(ProviderTable.END);
        assertThat(b).as("README.md has the provider-table markers").isGreaterThanOrEqualTo(0);
        assertThat(e).isGreaterThan(b);
        String current = text.substring(b, e + ProviderTable.END.length());
        if (!current.equals(fresh) && Boolean.getBoolean("tributary.readme.update")) {
            Files.writeString(readme, text.substring(0, b) + fresh + text.substring(e + ProviderTable.END.length()));
            return;
        }
        assertThat(current)
                .as("README.md's provider table is stale; replace it with the block below (or run with"
                        + " -Dtributary.readme.update=true)")
                .isEqualTo(fresh);
    }

    @Test
    void theTableHasARowPerConnectorWithItsUrlVariables() {
        String t = ProviderTable.markdown(Connectors.load().all());
        assertThat(t).contains("| `SANDBOX` | Sandbox | OAuth 2.0 + PKCE |");
        assertThat(t).contains("`TRIBUTARY_SANDBOX_API_URL`");
        assertThat(t.lines().count()).isEqualTo(2 + Connectors.load().all().size());
    }
}
