package io.tributary.server.storage;

import io.tributary.server.shared.PrivateFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL in {@code TRIBUTARY_DATA_DIR/pg}, closed to every other local user (issue 24, README
 * "Operations"):
 *
 * <ul>
 *   <li>every {@code pg_hba.conf} line is {@code scram-sha-256} (socket, 127.0.0.1, ::1); the passwords live in
 *       {@code pg-passwords} (0600, {@link EmbeddedCredentials});
 *   <li>it listens on 127.0.0.1 only, its socket is in {@code TRIBUTARY_DATA_DIR/pg-socket} (0700), not in the
 *       shared temporary folder;
 *   <li>the application connects as the role {@code tributary}, which owns the database and everything in it but is
 *       no superuser (no {@code COPY … TO PROGRAM}, no server files); the superuser prepares the roles and runs
 *       the migrations (as {@code tributary}, see {@link EmbeddedRoles}).
 * </ul>
 *
 * A folder from an earlier version ({@code trust}, no password) is upgraded in place at start: the superuser's
 * password is set in single-user mode (no server, so no moment with a password-less connection), {@code
 * pg_hba.conf} is rewritten, the role created and ownership handed over. A folder already hardened starts exactly
 * once, with no extra process.
 */
public final class EmbeddedDatabase {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String SOCKET_DIR = "pg-socket";
    static final String HBA =
            "# Written by Tributary at every start (README, Operations): a password for every connection.\n"
                    + "local   all   all                  scram-sha-256\n"
                    + "host    all   all   127.0.0.1/32   scram-sha-256\n"
                    + "host    all   all   ::1/128        scram-sha-256\n";
    // pg_ctl hands its -o options to a shell, and sun_path holds 107 bytes: other socket paths get no socket at all
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._+-]+");
    private static final int MAX_SOCKET_DIR = 107 - "/.s.PGSQL.65535".length();

    /** A started embedded server, its superuser (for preparation and migrations) and its application role. */
    public record Started(EmbeddedPostgres pg, Path socketDir, EmbeddedCredentials credentials) {
        public int port() {
            return pg.getPort();
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
        }

        public String appUser() {
            return EmbeddedCredentials.APP_ROLE;
        }

        public String appPassword() {
            return credentials.appPassword();
        }

        /** Superuser connections that act as the application role (what migrations run as, see EmbeddedRoles). */
        public DataSource migrationDataSource() {
            return EmbeddedRoles.actingAsApp(superuser());
        }

        PGSimpleDataSource superuser() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(jdbcUrl());
            ds.setUser(EmbeddedCredentials.SUPERUSER);
            ds.setPassword(credentials.superuserPassword());
            return ds;
        }
    }

    private EmbeddedDatabase() {}

    /** Starts (first: creates or upgrades) the embedded server of {@code dataDir}, files in {@code dataDir/pg}. */
    public static Started start(Path dataDir) throws IOException {
        dataDir = dataDir.toAbsolutePath();
        PrivateFiles.secureDataFolder(dataDir);
        Path dir = dataDir.resolve("pg");
        Files.createDirectories(dir);
        refuseIfInUse(dir);
        stopOrphan(dir);
        long t0 = System.nanoTime();
        EmbeddedCredentials creds = EmbeddedCredentials.loadOrCreate(dataDir);
        prepare(dataDir, dir, creds);
        Path socketDir = PrivateFiles.directory(dataDir.resolve(SOCKET_DIR));
        String socket = socketDir.toString();
        if (!PLAIN_PATH.matcher(socket).matches() || socket.length() > MAX_SOCKET_DIR) {
            log.info(
                    "No Unix socket for the embedded PostgreSQL ({} is too long or unusual): TCP 127.0.0.1 only",
                    socket);
            socket = "";
        }
        EmbeddedPgTools.bin(); // extracts into our private folder first, so the builder finds it ready
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setPgBinaryResolver(EmbeddedPgTools.RESOLVER)
                .setOverrideWorkingDirectory(EmbeddedPgTools.binariesHome().toFile())
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", socket)
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                // zonky's readiness check connects as the superuser over TCP
                .setConnectConfig("password", creds.superuserPassword())
                .setPGStartupWait(Duration.ofSeconds(60));
        // extra server settings for profiling runs, e.g.
        // -Dtributary.embedded-pg.settings=shared_preload_libraries=pg_stat_statements
        for (String kv :
                System.getProperty("tributary.embedded-pg.settings", "").split(";")) {
            int eq = kv.indexOf('=');
            if (eq > 0)
                b.setServerConfig(
                        kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        EmbeddedPostgres pg = b.start();
        Started s = new Started(pg, socketDir, creds);
        try {
            EmbeddedRoles.prepare(s.superuser(), creds.appPassword());
        } catch (RuntimeException | java.sql.SQLException e) {
            pg.close();
            throw new IOException("could not prepare the embedded database's roles: " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL started in {} ms, data in {}", (System.nanoTime() - t0) / 1_000_000, dir);
        return s;
    }

    /**
     * Before the server runs: a new folder gets a cluster with passwords from the start; a folder whose {@code
     * pg_hba.conf} is not ours (an earlier version's {@code trust}) or whose passwords were just generated gets the
     * superuser password set in single-user mode. Then {@code pg_hba.conf} is (re)written.
     */
    private static void prepare(Path dataDir, Path dir, EmbeddedCredentials creds) throws IOException {
        Path hba = dir.resolve("pg_hba.conf");
        if (!Files.exists(dir.resolve("postgresql.conf"))) {
            Path pw = dataDir.resolve(".pg-initdb-password");
            PrivateFiles.write(pw, creds.superuserPassword() + "\n");
            try {
                EmbeddedPgTools.initdb(dir, pw);
            } finally {
                Files.deleteIfExists(pw);
            }
        } else if (creds.created() || !HBA.equals(read(hba))) {
            log.warn(
                    "Securing the embedded PostgreSQL in {} (made by an earlier version, or its passwords were"
                            + " missing): password authentication for every connection",
                    dir);
            EmbeddedPgTools.singleUser(
                    dir,
                    "ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD '"
                            + EmbeddedRoles.verifier(creds.superuserPassword()) + "'\n");
        }
        if (!HBA.equals(read(hba))) PrivateFiles.write(hba, HBA);
    }

    private static String read(Path f) throws IOException {
        return Files.exists(f) ? Files.readString(f) : "";
    }

    /**
     * zonky holds a lock on {@code epg-lock} while its server runs in a JVM; the OS drops it when that JVM dies. A
     * lock held now means a live Tributary (or {@code import}/{@code rotate-key}) uses this folder: stopping "its
     * orphan" would pull the database from under it.
     */
    static void refuseIfInUse(Path dir) throws IOException {
        Path lockFile = dir.resolve("epg-lock");
        if (!Files.exists(lockFile)) return; // never started (and initdb wants an empty folder)
        try (FileOutputStream f = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = f.getChannel().tryLock()) {
            if (lock == null)
                throw new IllegalStateException(dir + " is in use by another running Tributary process; stop it first");
        } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
            throw new IllegalStateException(dir + " is already in use by this process");
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running with postmaster.pid held; the next start would fail.
     * Stop that orphan first (only if the pid really is a postgres process).
     */
    static void stopOrphan(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        try {
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a previous run", pid);
                        p.destroy();
                        try {
                            p.onExit().get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read {}: {}", pidFile, e.toString());
        }
    }
}
