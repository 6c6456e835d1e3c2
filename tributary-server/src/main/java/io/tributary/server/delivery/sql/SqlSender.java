package io.tributary.server.delivery.sql;

import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetSender;
import java.time.Clock;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code postgres} and {@code mysql} destination types (MySQL and MariaDB share the MariaDB driver). */
public abstract class SqlSender extends TargetSender<SqlConfig> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String type;
    private final SqlDialect dialect;

    SqlSender(String type, SqlDialect dialect, Clock clock) {
        super(clock);
        this.type = type;
        this.dialect = dialect;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("password");
    }

    @Override
    public SqlConfig parse(JsonNode cfg) {
        return SqlConfig.parse(cfg, dialect, type);
    }

    @Override
    public ObjectNode normalize(SqlConfig c) {
        return toJson(c);
    }

    static ObjectNode toJson(SqlConfig c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("host", c.host());
        n.put("port", c.port());
        n.put("database", c.database());
        n.put("user", c.user());
        n.put("password", c.password());
        if (c.schema() != null) n.put("schema", c.schema());
        n.put("ssl", c.ssl());
        n.put("ssl_verify", c.sslVerify());
        if (c.sslRootCert() != null) n.put("ssl_root_cert", c.sslRootCert());
        n.put("pool_size", c.poolSize());
        return n;
    }

    @Override
    public Target open(String destinationId, SqlConfig cfg) {
        return new SqlTarget(destinationId, cfg, clock);
    }

    @Override
    public String describe(JsonNode c) {
        return type + "://" + c.path("user").asString() + "@" + c.path("host").asString() + ":"
                + c.path("port").asString()
                + "/" + c.path("database").asString()
                + (c.hasNonNull("schema") ? " (schema " + c.get("schema").asString() + ")" : "");
    }

    @org.springframework.stereotype.Component
    public static class Postgres extends SqlSender {
        public Postgres(Clock clock) {
            super("postgres", SqlDialect.POSTGRES, clock);
        }
    }

    @org.springframework.stereotype.Component
    public static class Mysql extends SqlSender {
        public Mysql(Clock clock) {
            super("mysql", SqlDialect.MYSQL, clock);
        }
    }
}
