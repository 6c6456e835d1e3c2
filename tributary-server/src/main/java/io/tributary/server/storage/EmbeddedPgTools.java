package io.tributary.server.storage;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the embedded distribution's own {@code initdb} and single-user {@code postgres} before the server starts,
 * for the two steps zonky's builder cannot do: creating a cluster with password authentication from the first
 * moment (zonky's initdb is always {@code -A trust}), and setting the superuser's password in a folder made by an
 * earlier version without ever opening a password-less connection.
 */
final class EmbeddedPgTools {
    private static volatile Path bin;

    private EmbeddedPgTools() {}

    /**
     * The folder zonky extracted its binaries to. zonky keeps that private, so this asks its own (idempotent, cached)
     * {@code prepareBinaries} — the same files the server will run from; a zonky upgrade that changes it fails every
     * embedded start in the test suite at once.
     */
    static Path bin() {
        Path b = bin;
        if (b != null) return b;
        try {
            Method m = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            m.setAccessible(true);
            b = ((File) m.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null))
                    .toPath()
                    .resolve("bin");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot locate the embedded PostgreSQL binaries", e);
        }
        bin = b;
        return b;
    }

    /** {@code initdb} with SCRAM for every connection and the superuser's password read from {@code pwfile}. */
    static void initdb(Path dataDir, Path pwfile) throws IOException {
        run(
                null,
                "initdb",
                "-A",
                "scram-sha-256",
                "-U",
                EmbeddedCredentials.SUPERUSER,
                "--pwfile=" + pwfile,
                "-D",
                dataDir.toString(),
                "-E",
                "UTF-8");
    }

    /**
     * Runs SQL statements (one per line) in single-user mode: no postmaster, no socket, no network, so nothing else
     * can connect while it runs. The server must not be running on {@code dataDir}.
     */
    static void singleUser(Path dataDir, String sqlLines) throws IOException {
        run(sqlLines, "postgres", "--single", "-F", "-D", dataDir.toString(), "postgres");
    }

    private static void run(String stdin, String tool, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        // zonky does the same: PostgreSQL refuses to run as root, a user namespace makes it run as nobody
        if (LinuxUtils.isUnshareAvailable()) cmd.addAll(List.of("unshare", "-U"));
        cmd.add(bin().resolve(tool).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(tool + " did not finish within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException(tool + " interrupted", e);
        }
        String output = new String(out, StandardCharsets.UTF_8);
        // single-user mode reports SQL errors on its output but still exits 0
        if (p.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:"))
            throw new IOException(tool + " failed (exit " + p.exitValue() + "): " + output.strip());
    }
}
