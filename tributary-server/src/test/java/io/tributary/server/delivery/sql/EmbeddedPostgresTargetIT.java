package io.tributary.server.delivery.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.node.ObjectNode;

/** The PostgreSQL destination against an embedded PostgreSQL: runs everywhere. */
class EmbeddedPostgresTargetIT extends SqlTargetContract {
    static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) pg.close();
    }

    @Override
    SqlSender kind() {
        return new SqlSender.Postgres(CLOCK);
    }

    @Override
    ObjectNode baseConfig() {
        ObjectNode c = JSON.createObjectNode();
        c.put("host", "127.0.0.1");
        c.put("port", pg.getPort());
        c.put("database", "postgres");
        c.put("user", "postgres");
        c.put("password", "");
        return c;
    }

    @Override
    Connection adminConnection() throws SQLException {
        return connect(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Override
    void dropSchema(Statement s) throws SQLException {
        s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
}
