package io.tributary.server.delivery.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.node.ObjectNode;

/**
 * The PostgreSQL destination against the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust; or
 * TRIBUTARY_TEST_PG_HOST/PORT/USER/PASSWORD). Skipped with a message where none runs.
 */
class LocalPostgresTargetIT extends SqlTargetContract {
    static final String HOST = System.getenv().getOrDefault("TRIBUTARY_TEST_PG_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TRIBUTARY_TEST_PG_PORT", "5432"));
    static final String USER = System.getenv().getOrDefault("TRIBUTARY_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("TRIBUTARY_TEST_PG_PASSWORD", "");

    @BeforeAll
    static void serverPresent() {
        try (Connection c =
                connect("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=3", USER, PASSWORD)) {
            assumeTrue(c.isValid(3));
        } catch (SQLException e) {
            assumeTrue(
                    false,
                    "no PostgreSQL at " + HOST + ":" + PORT + " (" + e.getMessage()
                            + "): local PostgreSQL destination tests skipped; the embedded PostgreSQL tests still run");
        }
    }

    @Override
    SqlSender kind() {
        return new SqlSender.Postgres(CLOCK);
    }

    @Override
    ObjectNode baseConfig() {
        ObjectNode c = JSON.createObjectNode();
        c.put("host", HOST);
        c.put("port", PORT);
        c.put("database", "postgres");
        c.put("user", USER);
        c.put("password", PASSWORD);
        return c;
    }

    @Override
    Connection adminConnection() throws SQLException {
        return connect("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
    }

    @Override
    void dropSchema(Statement s) throws SQLException {
        s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
}
