package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.DestinationRecord;
import io.tributary.server.storage.DestinationStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Secret config fields: encrypted at rest, masked on read, kept when a PATCH sends the mask back. */
class DestinationSecretsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EnvironmentRecord ENV =
            new EnvironmentRecord(UUID.randomUUID(), UUID.randomUUID(), "testing", "dev", 50);

    /** A destination type with a password, as issue 5's SQL destinations have. */
    static final class FakeSqlSender implements DestinationSender {
        @Override
        public String type() {
            return "postgres";
        }

        @Override
        public Set<String> secretFields() {
            return Set.of("password");
        }

        @Override
        public ObjectNode validateConfig(JsonNode cfg, EnvironmentRecord env) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("host", cfg.get("host").asString());
            out.put("password", cfg.get("password").asString());
            return out;
        }

        @Override
        public SendOutcome send(DestinationConfig destination, OutgoingEvent event) {
            return SendOutcome.success(null, null);
        }
    }

    @Test
    void secretsAreEncryptedMaskedAndKept() {
        DestinationStore store = mock(DestinationStore.class);
        AtomicReference<DestinationRecord> row = new AtomicReference<>();
        doAnswer(i -> {
                    row.set(i.getArgument(0));
                    return null;
                })
                .when(store)
                .insert(any());
        when(store.update(any())).thenAnswer(i -> {
            DestinationRecord r = i.getArgument(0);
            row.set(new DestinationRecord(
                    r.id(),
                    r.environmentId(),
                    r.type(),
                    r.configJson(),
                    r.active(),
                    r.disabledReason(),
                    r.timeoutMs(),
                    r.retryScheduleSeconds(),
                    r.healthcheckEnabled(),
                    r.healthcheckIntervalSeconds(),
                    null,
                    r.version() + 1,
                    null,
                    null));
            return true;
        });
        when(store.find(eq(ENV.id()), anyString())).thenAnswer(i -> Optional.ofNullable(row.get()));
        when(store.findById(anyString())).thenAnswer(i -> Optional.ofNullable(row.get()));
        when(store.environmentName(any())).thenReturn("testing");
        SecretBox box = SecretBox.forKey("test-key");
        DeliveryProperties props = new DeliveryProperties(
                true,
                4,
                2,
                Duration.ofMillis(100),
                10,
                List.of(Duration.ofSeconds(30)),
                0.2,
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                Duration.ofHours(1),
                100,
                500);
        DestinationService svc = new DestinationService(
                store,
                org.mockito.Mockito.mock(io.tributary.server.storage.BulkCursorStore.class),
                new DestinationSenders(List.of(new FakeSqlSender())),
                box,
                props,
                java.time.Clock.systemUTC());

        Map<String, Object> created =
                svc.create(ENV, JSON.readTree("{\"type\":\"postgres\",\"host\":\"db\",\"password\":\"hunter2\"}"));
        assertThat(created.get("password")).isEqualTo("********");
        assertThat(row.get().configJson()).doesNotContain("hunter2");
        JsonNode stored = JSON.readTree(row.get().configJson());
        assertThat(box.decrypt(stored.get("password").asString())).isEqualTo("hunter2");
        assertThat(svc.runtime(row.get().id(), row.get().version()).config().text("password"))
                .isEqualTo("hunter2");

        // PATCH with the mask keeps the password; a new value replaces it
        svc.update(ENV, row.get().id(), JSON.readTree("{\"host\":\"db2\",\"password\":\"********\"}"));
        DestinationConfig cfg = svc.runtime(row.get().id(), row.get().version()).config();
        assertThat(cfg.text("host")).isEqualTo("db2");
        assertThat(cfg.text("password")).isEqualTo("hunter2");
        svc.update(ENV, row.get().id(), JSON.readTree("{\"password\":\"correct horse\"}"));
        assertThat(svc.runtime(row.get().id(), row.get().version()).config().text("password"))
                .isEqualTo("correct horse");
        assertThat(svc.list(ENV)).isEmpty(); // list() is the store's job (mocked empty here)
    }
}
