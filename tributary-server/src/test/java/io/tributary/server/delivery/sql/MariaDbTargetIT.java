package io.tributary.server.delivery.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MySQL destination against the machine's MariaDB/MySQL (127.0.0.1:3306, root, empty password, database
 * {@code test}; or TRIBUTARY_TEST_MYSQL_HOST/PORT/USER/PASSWORD). Skipped with a message where none runs.
 */
class MariaDbTargetIT extends SqlTargetContract {
    static final String HOST = System.getenv().getOrDefault("TRIBUTARY_TEST_MYSQL_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TRIBUTARY_TEST_MYSQL_PORT", "3306"));
    static final String USER = System.getenv().getOrDefault("TRIBUTARY_TEST_MYSQL_USER", "root");
    static final String PASSWORD = System.getenv().getOrDefault("TRIBUTARY_TEST_MYSQL_PASSWORD", "");

    @BeforeAll
    static void serverPresent() {
        try (Connection c = connect(url(), USER, PASSWORD)) {
            assumeTrue(c.isValid(3));
        } catch (SQLException e) {
            assumeTrue(
                    false,
                    "no MySQL/MariaDB at " + HOST + ":" + PORT + " (" + e.getMessage()
                            + "): MySQL destination tests skipped");
        }
    }

    static String url() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/test?connectTimeout=3000&allowPublicKeyRetrieval=true";
    }

    @Override
    SqlSender kind() {
        return new SqlSender.Mysql(CLOCK);
    }

    @Override
    ObjectNode baseConfig() {
        ObjectNode c = JSON.createObjectNode();
        c.put("host", HOST);
        c.put("port", PORT);
        c.put("database", "test");
        c.put("user", USER);
        c.put("password", PASSWORD);
        return c;
    }

    @Override
    Connection adminConnection() throws SQLException {
        return connect(url(), USER, PASSWORD);
    }

    @Override
    void dropSchema(Statement s) throws SQLException {
        s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
    }
}
