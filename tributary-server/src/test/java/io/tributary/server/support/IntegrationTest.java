package io.tributary.server.support;

import io.tributary.server.account.AccountService;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests: one application context (and one embedded PostgreSQL in a fresh data folder)
 * shared by every subclass. Tests isolate themselves by creating their own developer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {
    public static final String ADMIN_TOKEN = "test-admin-token";
    private static final Path DATA_DIR = tempDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountService accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("tributary.data-dir", DATA_DIR::toString);
        r.add("tributary.admin-token", () -> ADMIN_TOKEN);
        r.add("tributary.db.url", () -> "");
        r.add("tributary.public-url", () -> "");
        r.add("tributary.allow-http-webhooks", () -> "true");
        r.add("tributary.allow-private-webhooks", () -> "true");
        // every real provider's URLs point at the shared WireMock stand-in (see ProviderStandIn)
        ProviderStandIn.settings().forEach((k, v) -> r.add(k, () -> v));
    }

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    protected DeveloperCredentials newDeveloper() {
        return accounts.createDeveloper("dev-" + System.nanoTime());
    }

    protected static EnvironmentCredentials env(DeveloperCredentials d, String name) {
        return d.environments().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    protected TestHttp as(EnvironmentCredentials e) {
        return http().withHeader("dev-id", e.devId()).withHeader("x-api-key", e.apiKey());
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tributary-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
