package io.tributary.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.util.PasswordUtil;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded database's roles. The application role {@code tributary} owns the database {@code postgres}, its
 * {@code public} schema and every object in it, and is an ordinary login role: no superuser, no {@code
 * pg_execute_server_program} (so {@code COPY … TO PROGRAM} is refused), no server file access.
 *
 * <p>Migrations connect as the superuser and run {@code SET ROLE tributary} on every connection ({@link
 * #actingAsApp}): every table, sequence and index they create is owned by the application role without a single
 * {@code GRANT} to maintain, and Flyway's history table too (Flyway reads {@code current_user} after the connection
 * exists and restores that role after each migration). A future migration that really needs superuser powers (an
 * extension, say) writes {@code RESET ROLE} and must hand what it creates to {@code tributary} itself. Running
 * Flyway as the owner itself would work as well; this way the superuser's password stays the only key to the
 * migration connection and the application role needs no right it does not use at run time.
 *
 * <p>{@link #prepare} runs at every start, in one transaction of a few milliseconds: it creates the role when
 * missing, (re)sets its password and attributes, and hands over whatever an earlier version left owned by the
 * superuser (its tables and sequences) — which is how a folder made by an earlier version keeps every row.
 */
final class EmbeddedRoles {
    private static final String APP = EmbeddedCredentials.APP_ROLE;

    // Relations, then free-standing sequences (those of serial/identity columns follow their table), functions and
    // types of the schema that do not belong to an extension.
    private static final String HAND_OVER = """
            DO $$
            DECLARE r record;
            BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                CREATE ROLE %1$s LOGIN;
              END IF;
              ALTER ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
              -- a member of no role at all (pg_execute_server_program, pg_read_server_files, …)
              FOR r IN SELECT m.roleid::regrole AS grp, m.grantor::regrole AS grantor FROM pg_auth_members m
                        WHERE m.member = '%1$s'::regrole
              LOOP
                EXECUTE format('REVOKE %%s FROM %1$s GRANTED BY %%s CASCADE', r.grp, r.grantor);
              END LOOP;
              ALTER DATABASE postgres OWNER TO %1$s;
              IF (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public')
                  NOT IN ('%1$s', 'pg_database_owner') THEN
                ALTER SCHEMA public OWNER TO %1$s;
              END IF;
              FOR r IN
                SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                 WHERE c.relnamespace = 'public'::regnamespace AND c.relowner <> '%1$s'::regrole
                   AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                    AND d.objid = c.oid
                                    AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
                 ORDER BY c.relkind = 'S'
              LOOP
                EXECUTE format('ALTER %%s %%s OWNER TO %1$s',
                  CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                 WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name);
              END LOOP;
              FOR r IN
                SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
                 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '%1$s'::regrole
                   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER %%s %%s OWNER TO %1$s',
                  CASE r.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.name);
              END LOOP;
              FOR r IN
                SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
                 WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> '%1$s'::regrole
                   AND t.typtype IN ('e', 'd', 'r', 'c')
                   AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
                   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER %%s %%s OWNER TO %1$s',
                  CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.name);
              END LOOP;
            END $$""".formatted(APP);

    private EmbeddedRoles() {}

    static void prepare(DataSource superuser, String appPassword) throws SQLException {
        try (Connection c = superuser.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(HAND_OVER);
            // a verifier computed here: the password itself never reaches the server or its logs
            s.execute("ALTER ROLE " + APP + " PASSWORD '" + verifier(appPassword) + "'");
            c.commit();
        }
    }

    /** A SCRAM-SHA-256 verifier for {@code password} (base64 and {@code $:} only, safe inside quotes). */
    static String verifier(String password) {
        return PasswordUtil.encodeScramSha256(password.toCharArray());
    }

    /** {@code superuser}'s connections, each switched to the application role before use (see class comment). */
    static DataSource actingAsApp(DataSource superuser) {
        return new DelegatingDataSource(superuser) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = super.getConnection();
                try (Statement s = c.createStatement()) {
                    s.execute("SET ROLE " + APP);
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
                return c;
            }
        };
    }
}
