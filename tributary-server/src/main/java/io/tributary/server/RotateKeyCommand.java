package io.tributary.server;

import io.tributary.server.shared.PrivateFiles;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.SecretColumnsStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar tributary.jar rotate-key [--new-key-file <file>]}: re-encrypts every stored secret (signing
 * secrets, OAuth tokens, provider client secrets, destination secrets) from the current {@code
 * TRIBUTARY_SECRET_KEY} to a new one in one transaction — all or nothing (README, Operations).
 *
 * <p>The new key comes from {@code --new-key-file} or the environment variable {@code TRIBUTARY_NEW_SECRET_KEY}
 * (never from the command line, which every local user can read in the process list). When the current key is the
 * generated {@code TRIBUTARY_DATA_DIR/secret.key} and no new key is given, a new one is generated and replaces that
 * file after the commit. Every server using the database must be stopped first. Exit code 0 on success, 1 when
 * nothing was changed because of an error, 2 on a usage error.
 */
public final class RotateKeyCommand {
    static final String NEW_KEY_ENV = "TRIBUTARY_NEW_SECRET_KEY";

    private RotateKeyCommand() {}

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Path newKeyFile = null;
        List<String> springArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--new-key-file")) {
                if (i + 1 >= args.length) return usage(err, "--new-key-file needs a file");
                newKeyFile = Path.of(args[++i]);
            } else if (a.startsWith("--new-key-file=")) {
                newKeyFile = Path.of(a.substring("--new-key-file=".length()));
            } else if (a.equals("--help") || a.equals("-h")) {
                return usage(out, null);
            } else if (a.startsWith("--") && a.contains("=")) {
                springArgs.add(a); // Spring properties, e.g. --tributary.data-dir=/srv/tributary
            } else {
                return usage(err, "unknown argument " + a);
            }
        }
        String newKey;
        try {
            newKey = newKeyFile != null ? Files.readString(newKeyFile).trim() : env.get(NEW_KEY_ENV);
        } catch (IOException e) {
            return usage(err, "cannot read " + newKeyFile + ": " + e.getMessage());
        }
        if (newKey != null && newKey.isBlank()) return usage(err, "the new key is empty");

        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TributaryApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "tributary.delivery.enabled=false",
                        "tributary.uploads.workers=0",
                        "tributary.read-jobs.workers=0",
                        // no provider pull may refresh (and re-encrypt) a token while the rotation runs
                        "tributary.sync-tick=3650d")
                .run(springArgs.toArray(String[]::new));
        try {
            TributaryProperties props = ctx.getBean(TributaryProperties.class);
            boolean keyInFile = props.secretKey() == null || props.secretKey().isBlank();
            if (newKey == null && !keyInFile)
                return usage(
                        err, "TRIBUTARY_SECRET_KEY is set: give the new key in " + NEW_KEY_ENV + " or --new-key-file");
            Path keyFile = props.dataDir().resolve("secret.key");
            Path pending = props.dataDir().resolve("secret.key.new");
            if (Files.exists(pending))
                return usage(
                        err,
                        pending + " is left from an interrupted rotation: if the server cannot read its secrets,"
                                + " move it over secret.key; otherwise delete it");
            boolean generated = newKey == null;
            if (generated) {
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                newKey = Base64.getEncoder().encodeToString(raw);
                // kept until the file is replaced: a crash after the commit must not lose the only copy
                PrivateFiles.write(pending, newKey + "\n");
            }
            SecretBox from = ctx.getBean(SecretBox.class);
            SecretBox to = SecretBox.forKey(newKey);
            if (from.sameKey(to)) return usage(err, "the new key is the current key");

            Map<String, Integer> counts;
            try {
                counts = ctx.getBean(SecretColumnsStore.class).reencryptAll(v -> to.encrypt(from.decrypt(v)));
            } catch (RuntimeException e) {
                if (generated) Files.deleteIfExists(pending);
                err.println("rotate-key failed, nothing was changed: " + e.getMessage());
                return 1;
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            counts.forEach((column, n) -> out.printf("  %-45s %d%n", column, n));
            out.println("Re-encrypted " + total + " values under the new key.");
            if (keyInFile) {
                try {
                    PrivateFiles.write(keyFile, newKey + "\n");
                    Files.deleteIfExists(pending);
                } catch (IOException e) {
                    if (!generated) PrivateFiles.write(pending, newKey + "\n");
                    err.println("The secrets are re-encrypted but " + keyFile + " could not be replaced ("
                            + e.getMessage() + "): move " + pending + " over it before starting the server.");
                    return 1;
                }
                out.println("The new key replaced " + keyFile.toAbsolutePath() + ".");
            } else {
                out.println("Set TRIBUTARY_SECRET_KEY to the new key before starting the server.");
            }
            out.println("Links to payloads handed out before (signed with the old key) no longer open.");
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("rotate-key failed: " + e.getMessage());
            return 1;
        } finally {
            ctx.close();
        }
    }

    private static int usage(PrintStream s, String problem) {
        if (problem != null) s.println("error: " + problem);
        s.println("usage: java -jar tributary.jar rotate-key [--new-key-file <file>]");
        s.println("  new key: --new-key-file, or " + NEW_KEY_ENV + "; generated when the key is data/secret.key");
        s.println("  stop every server using the database first");
        return problem == null ? 0 : 2;
    }
}
