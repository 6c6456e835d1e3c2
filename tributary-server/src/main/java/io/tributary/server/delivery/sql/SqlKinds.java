package io.tributary.server.delivery.sql;

import io.tributary.server.delivery.target.Target;
import io.tributary.server.delivery.target.TargetKind;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The {@code postgres} and {@code mysql} destination types (MySQL and MariaDB share the MariaDB driver). */
@Configuration(proxyBeanMethods = false)
public class SqlKinds {

    @Bean
    TargetKind<SqlConfig> postgresKind() {
        return new Kind("postgres", SqlDialect.POSTGRES);
    }

    @Bean
    TargetKind<SqlConfig> mysqlKind() {
        return new Kind("mysql", SqlDialect.MYSQL);
    }

    public static final class Kind implements TargetKind<SqlConfig> {
        private final String type;
        private final SqlDialect dialect;

        public Kind(String type, SqlDialect dialect) {
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
        public Target open(String destinationId, SqlConfig cfg) {
            return new SqlTarget(destinationId, cfg);
        }
    }
}
