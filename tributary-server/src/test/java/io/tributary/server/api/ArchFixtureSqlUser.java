package io.tributary.server.api;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Test-only: a controller-side class that opens a JDBC connection, for {@code ArchitectureRulesFailTest}. */
public class ArchFixtureSqlUser {
    public int count(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return c.createStatement().executeUpdate("DELETE FROM events");
        }
    }
}
