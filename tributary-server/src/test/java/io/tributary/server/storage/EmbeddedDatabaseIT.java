package io.tributary.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.support.EmbeddedDb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL is closed to everyone without its password (issue 24): by TCP and by its socket, the
 * application role is no superuser and cannot run programs, the files are private, and a second start on a
 * hardened folder changes nothing.
 */
class EmbeddedDatabaseIT {

    @Test
    void closedToConnectionsWithoutThePassword(@TempDir Path dir) throws Exception {
        EmbeddedDatabase.Started db = EmbeddedDatabase.start(dir);
        try {
            String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/postgres";
            for (String role : List.of("postgres", "tributary")) {
                assertRefused(() -> DriverManager.getConnection(url, role, ""));
                assertRefused(() -> DriverManager.getConnection(url, role, "wrong"));
            }
            assertRefused(() -> DriverManager.getConnection(url + "?user=postgres"));

            try (Connection su = EmbeddedDb.superuser(dir);
                    Statement s = su.createStatement()) {
                assertThat(one(s, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(one(s, "SHOW unix_socket_directories"))
                        .isEqualTo(db.socketDir().toString());
                assertThat(one(s, "SHOW password_encryption")).isEqualTo("scram-sha-256");
                // every rule the server loaded asks for a password
                assertThat(column(s, "SELECT DISTINCT auth_method FROM pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
                assertThat(column(s, "SELECT DISTINCT type FROM pg_hba_file_rules"))
                        .containsExactlyInAnyOrder("local", "host");
            }
            assertThat(db.socketDir()).startsWith(dir.toAbsolutePath());
            assertThat(mode(db.socketDir())).isEqualTo("rwx------");
            assertThat(db.socketDir().resolve(".s.PGSQL." + db.port())).exists();
            assertThat(mode(dir)).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("pg-passwords"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("pg"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("pg/pg_hba.conf"))).isEqualTo("rw-------");
            psqlRefusedWithoutPassword(db);

            try (Connection app = EmbeddedDb.connect(dir, "tributary");
                    Statement s = app.createStatement()) {
                assertThat(one(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                        .isEqualTo("false");
                assertThat(one(s, "SELECT pg_has_role('pg_execute_server_program', 'MEMBER')::text"))
                        .isEqualTo("false");
                assertThat(one(s, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'postgres'"))
                        .isEqualTo("tributary");
                assertThatThrownBy(() -> s.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("SELECT pg_read_file('postgresql.conf')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("ALTER ROLE tributary SUPERUSER"))
                        .isInstanceOf(SQLException.class);
                s.execute("CREATE TABLE owned_by_app (x int)"); // it owns its schema
            }
            try (Connection su = EmbeddedDb.superuser(dir);
                    Statement s = su.createStatement()) {
                s.execute("GRANT pg_execute_server_program TO tributary"); // taken back at the next start
            }
        } finally {
            db.pg().close();
        }

        // A second start on a hardened folder: no rewrite, no new passwords, one server start.
        long hbaModified =
                Files.getLastModifiedTime(dir.resolve("pg/pg_hba.conf")).toMillis();
        String passwords = Files.readString(dir.resolve("pg-passwords"));
        EmbeddedDatabase.Started again = EmbeddedDatabase.start(dir);
        try (Connection app = EmbeddedDb.connect(dir, "tributary");
                Statement s = app.createStatement()) {
            assertThat(one(s, "SELECT count(*)::text FROM owned_by_app")).isEqualTo("0");
            assertThat(one(s, "SELECT pg_has_role('pg_execute_server_program', 'MEMBER')::text"))
                    .isEqualTo("false");
        } finally {
            again.pg().close();
        }
        assertThat(Files.getLastModifiedTime(dir.resolve("pg/pg_hba.conf")).toMillis())
                .isEqualTo(hbaModified);
        assertThat(Files.readString(dir.resolve("pg-passwords"))).isEqualTo(passwords);
    }

    @Test
    void refusesAFolderInUseByAnotherServer(@TempDir Path dir) throws Exception {
        EmbeddedDatabase.Started db = EmbeddedDatabase.start(dir);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir)).hasMessageContaining("in use");
            try (Connection app = EmbeddedDb.connect(dir, "tributary")) {
                assertThat(app.isValid(2)).isTrue(); // still running: not taken for an orphan
            }
        } finally {
            db.pg().close();
        }
    }

    /**
     * The server runs binaries only from a folder private to this OS user (not zonky's shared {@code
     * /tmp/embedded-pg}, where another local user could plant a {@code postgres} binary before the first start).
     */
    @Test
    void runsBinariesFromAFolderOnlyThisUserCanWrite(@TempDir Path dir) throws Exception {
        EmbeddedDatabase.Started db = EmbeddedDatabase.start(dir);
        try {
            Path home = EmbeddedPgTools.binariesHome();
            assertThat(home.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home)))
                    .isEqualTo("rwx------");
            assertThat(Files.getOwner(home).getName()).isEqualTo(System.getProperty("user.name"));
            assertThat(EmbeddedPgTools.bin()).startsWith(home);
            assertThat(Files.isExecutable(EmbeddedPgTools.bin().resolve("postgres")))
                    .isTrue();
        } finally {
            db.pg().close();
        }
    }

    /**
     * By the socket: {@code psql -h <socket dir>} with no password is refused (skipped where psql is missing);
     * the same command with the password gets in, so the refusal is the authentication, not a missing socket.
     */
    private static void psqlRefusedWithoutPassword(EmbeddedDatabase.Started db) throws Exception {
        if (!psqlAvailable()) {
            System.err.println("psql not on PATH: socket check done by mode and JDBC only");
            return;
        }
        for (String role : List.of("postgres", "tributary")) {
            Result r = psql(db, role, null);
            assertThat(r.exit).as(r.output).isNotZero();
            assertThat(r.output).containsIgnoringCase("password");
        }
        Result ok = psql(db, "tributary", db.appPassword());
        assertThat(ok.exit).as(ok.output).isZero();
        assertThat(ok.output.trim()).isEqualTo("1");
        Result tcp = psqlTcp(db);
        assertThat(tcp.exit).as(tcp.output).isNotZero();
    }

    private record Result(int exit, String output) {}

    private static Result psql(EmbeddedDatabase.Started db, String role, String password) throws Exception {
        return run(
                password,
                "psql",
                "-w",
                "-h",
                db.socketDir().toString(),
                "-p",
                String.valueOf(db.port()),
                "-U",
                role,
                "-d",
                "postgres",
                "-tAc",
                "SELECT 1");
    }

    private static Result psqlTcp(EmbeddedDatabase.Started db) throws Exception {
        return run(
                null,
                "psql",
                "-w",
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(db.port()),
                "-U",
                "postgres",
                "-c",
                "SELECT 1");
    }

    private static Result run(String password, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        if (password != null) pb.environment().put("PGPASSWORD", password);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static boolean psqlAvailable() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    interface Connect {
        Connection open() throws SQLException;
    }

    private static void assertRefused(Connect c) {
        assertThatThrownBy(() -> c.open().close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
    }

    static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<String> column(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
