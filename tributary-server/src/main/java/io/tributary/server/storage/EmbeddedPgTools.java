package io.tributary.server.storage;

import io.tributary.server.shared.PrivateFiles;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the embedded distribution's own {@code initdb} and single-user {@code postgres} before the server starts,
 * for the two steps zonky's builder cannot do: creating a cluster with password authentication from the first
 * moment (zonky's initdb is always {@code -A trust}), and setting the superuser's password in a folder made by an
 * earlier version without ever opening a password-less connection.
 */
final class EmbeddedPgTools {
    /**
     * zonky caches extracted binaries per resolver instance, whatever folder was asked for: a resolver of our own
     * keeps our private folder from being answered with an extraction someone else asked for in the shared one.
     */
    static final PgBinaryResolver RESOLVER = DefaultPostgresBinaryResolver.INSTANCE::getPgBinary;

    private static volatile Path bin;
    private static volatile Path binariesHome;

    private EmbeddedPgTools() {}

    /**
     * The folder zonky extracts its binaries to, private to the OS user running Tributary. zonky's default is the
     * shared temporary folder ({@code /tmp/embedded-pg}), where any local user could plant a {@code postgres} binary
     * before the first start and have it run with this user's rights (and read every password and row). Ours is
     * {@code ~/.cache/tributary/embedded-pg} (0700), or the {@code tributary.embedded-pg.binaries} system property;
     * an existing folder owned by another user, or writable by others, is refused.
     */
    static Path binariesHome() throws IOException {
        Path home = binariesHome;
        if (home != null) return home;
        String configured = System.getProperty("tributary.embedded-pg.binaries", "");
        home = configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "tributary", "embedded-pg")
                : Path.of(configured);
        home = home.toAbsolutePath().normalize();
        Files.createDirectories(home.getParent());
        PrivateFiles.directory(home);
        requireOwnedPrivate(home);
        binariesHome = home;
        return home;
    }

    private static void requireOwnedPrivate(Path dir) throws IOException {
        try {
            UserPrincipal owner = Files.getOwner(dir);
            UserPrincipal me = dir.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!owner.equals(me))
                throw new IOException("the embedded PostgreSQL binaries folder " + dir + " belongs to "
                        + owner.getName() + ", not to " + me.getName()
                        + ": refusing to run binaries another user could have placed");
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE))
                throw new IOException("the embedded PostgreSQL binaries folder " + dir + " is writable by others");
        } catch (UnsupportedOperationException notPosix) {
            // no owners or modes to check on this file system
        }
    }

    /**
     * The {@code bin} folder of the extracted binaries. zonky keeps its extraction private, so this asks its own
     * (idempotent, cached) {@code prepareBinaries} with our {@link #binariesHome()} — the same files the server will
     * run from (the builder is given the same folder); a zonky upgrade that changes it fails every embedded start in
     * the test suite at once.
     */
    static Path bin() throws IOException {
        Path b = bin;
        if (b != null) return b;
        try {
            Method m = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            m.setAccessible(true);
            b = ((File) m.invoke(null, RESOLVER, binariesHome().toFile()))
                    .toPath()
                    .resolve("bin");
            // zonky makes its working folder writable by everyone (it expects a shared one): ours is private
            Files.setPosixFilePermissions(binariesHome(), PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // no modes on this file system
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
