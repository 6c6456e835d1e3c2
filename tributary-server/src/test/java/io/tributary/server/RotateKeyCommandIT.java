package io.tributary.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.account.AccountService;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.SecretColumnsStore;
import io.tributary.server.storage.User;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code rotate-key} re-encrypts every stored secret: afterwards each one opens under the new key (with the same
 * plain text) and none under the old; with the wrong current key it changes nothing.
 */
class RotateKeyCommandIT {
    private static final String OLD = "the old passphrase", NEW = "the new passphrase";

    @Test
    void everyEncryptedValueMovesToTheNewKey(@TempDir Path dir) {
        Map<String, List<String>> before;
        UUID envId;
        try (var ctx = start(dir, OLD)) {
            SecretBox box = ctx.getBean(SecretBox.class);
            AccountService accounts = ctx.getBean(AccountService.class);
            var creds = accounts.createDeveloper("rotation");
            EnvironmentRecord env = accounts.environmentByDevId(
                            creds.environments().get(0).devId())
                    .orElseThrow();
            envId = env.id();
            accounts.rotateSigningSecret(envId); // previous_signing_secret_enc
            User user = ctx.getBean(UserService.class).createAuthenticated(env, "ROTATION", "r1", null, "p1");
            ctx.getBean(ConnectionStore.class)
                    .insert(new ConnectionStore.ConnectionRecord(
                            user.id(),
                            env.id(),
                            "ROTATION",
                            "p1",
                            box.encrypt("access-token"),
                            box.encrypt("refresh-token"),
                            box.encrypt("token-secret"),
                            box.encrypt("{\"password\":\"hunter2\"}"),
                            null,
                            null,
                            ConnectionStore.ConnectionRecord.ACTIVE,
                            null,
                            null,
                            Instant.now().plusSeconds(86_400)));
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            jdbc.sql("INSERT INTO provider_configs (environment_id, provider, client_id, client_secret_enc)"
                            + " VALUES (?, 'ROTATION', 'id', ?)")
                    .params(envId, box.encrypt("client-secret"))
                    .update();
            jdbc.sql("INSERT INTO destinations (id, environment_id, type, config) VALUES ('dst_rotation', ?, 's3',"
                            + " ?::jsonb)")
                    .params(
                            envId,
                            "{\"bucket\":\"b\",\"secret_access_key\":\"" + box.encrypt("aws-secret")
                                    + "\",\"nested\":[\"" + box.encrypt("in-an-array") + "\"]}")
                    .update();
            before = plainTexts(ctx, box);
        }
        // every kind of secret the schema holds took part
        assertThat(before.keySet())
                .contains(
                        "environments.signing_secret_enc",
                        "environments.previous_signing_secret_enc",
                        "connections.access_token_enc",
                        "connections.refresh_token_enc",
                        "connections.token_secret_enc",
                        "connections.credentials_enc",
                        "provider_configs.client_secret_enc",
                        "auth_flows.pkce_verifier_enc",
                        "auth_flows.request_token_secret_enc",
                        SecretColumnsStore.DESTINATION_CONFIG);
        assertThat(before.get(SecretColumnsStore.DESTINATION_CONFIG)).contains("aws-secret", "in-an-array");

        Run r = rotate(dir, OLD, NEW);
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("Set TRIBUTARY_SECRET_KEY to the new key");

        try (var ctx = start(dir, NEW)) {
            assertThat(plainTexts(ctx, SecretBox.forKey(NEW))).isEqualTo(before);
            SecretBox old = SecretBox.forKey(OLD);
            for (String v : stored(ctx))
                assertThatThrownBy(() -> old.decrypt(v)).isInstanceOf(IllegalStateException.class);
            // and the application reads them as before
            assertThat(ctx.getBean(AccountService.class).signingSecrets(envId)).hasSize(2);
        }

        // the wrong current key: refused, nothing changed
        Run wrong = rotate(dir, OLD, "yet another key");
        assertThat(wrong.exit).isEqualTo(1);
        assertThat(wrong.err).contains("nothing was changed");
        try (var ctx = start(dir, NEW)) {
            assertThat(plainTexts(ctx, SecretBox.forKey(NEW))).isEqualTo(before);
        }
    }

    @Test
    void aGeneratedKeyFileIsReplaced(@TempDir Path dir) throws Exception {
        UUID envId;
        List<String> secrets;
        try (var ctx = start(dir, "")) {
            AccountService accounts = ctx.getBean(AccountService.class);
            envId = accounts.environmentByDevId(accounts.createDeveloper("file")
                            .environments()
                            .get(0)
                            .devId())
                    .orElseThrow()
                    .id();
            secrets = accounts.signingSecrets(envId);
        }
        String oldKey = Files.readString(dir.resolve("secret.key")).trim();
        Run r = rotate(dir, "", null);
        assertThat(r.exit).as(r.err).isZero();
        String newKey = Files.readString(dir.resolve("secret.key")).trim();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("secret.key.new")).doesNotExist();
        try (var ctx = start(dir, "")) {
            assertThat(ctx.getBean(AccountService.class).signingSecrets(envId)).isEqualTo(secrets);
        }
        assertThat(rotate(dir, "", "x").exit).isZero(); // and the given key from the environment goes there too
        assertThat(Files.readString(dir.resolve("secret.key")).trim()).isEqualTo("x");
    }

    private record Run(int exit, String out, String err) {}

    private static Run rotate(Path dir, String currentKey, String newKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = RotateKeyCommand.run(
                new String[] {
                    "--tributary.data-dir=" + dir, "--tributary.db.url=", "--tributary.secret-key=" + currentKey
                },
                newKey == null ? Map.of() : Map.of(RotateKeyCommand.NEW_KEY_ENV, newKey),
                new PrintStream(out, true),
                new PrintStream(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static ConfigurableApplicationContext start(Path dir, String key) {
        return new SpringApplicationBuilder(TributaryApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--tributary.data-dir=" + dir,
                        "--tributary.db.url=",
                        "--tributary.secret-key=" + key,
                        "--tributary.delivery.enabled=false",
                        "--tributary.sync-tick=3650d");
    }

    /** Plain text of every stored secret per column (sorted), opened with {@code box}. */
    private static Map<String, List<String>> plainTexts(ConfigurableApplicationContext ctx, SecretBox box) {
        Map<String, List<String>> out = new TreeMap<>();
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        for (String tc : ctx.getBean(SecretColumnsStore.class).encryptedColumns()) {
            String[] p = tc.split("\\.");
            List<String> values = new ArrayList<>();
            for (String v : jdbc.sql("SELECT " + p[1] + " FROM " + p[0] + " WHERE " + p[1] + " IS NOT NULL")
                    .query(String.class)
                    .list()) values.add(box.decrypt(v));
            values.sort(null);
            out.put(tc, values);
        }
        List<String> dest = new ArrayList<>();
        for (String v : destinationCiphertexts(jdbc)) dest.add(box.decrypt(v));
        dest.sort(null);
        out.put(SecretColumnsStore.DESTINATION_CONFIG, dest);
        return out;
    }

    private static List<String> stored(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        List<String> all = new ArrayList<>(destinationCiphertexts(jdbc));
        for (String tc : ctx.getBean(SecretColumnsStore.class).encryptedColumns()) {
            String[] p = tc.split("\\.");
            all.addAll(jdbc.sql("SELECT " + p[1] + " FROM " + p[0] + " WHERE " + p[1] + " IS NOT NULL")
                    .query(String.class)
                    .list());
        }
        assertThat(all).hasSizeGreaterThan(10);
        return all;
    }

    private static List<String> destinationCiphertexts(JdbcClient jdbc) {
        return jdbc.sql("SELECT s FROM destinations, jsonb_path_query(config, 'strict $.**') j,"
                        + " LATERAL (SELECT j #>> '{}' AS s) x WHERE jsonb_typeof(j) = 'string' AND s LIKE 'v1:%'")
                .query(String.class)
                .list();
    }
}
