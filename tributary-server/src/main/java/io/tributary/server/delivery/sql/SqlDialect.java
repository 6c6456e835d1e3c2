package io.tributary.server.delivery.sql;

/** The SQL flavours a SQL destination can speak. */
public enum SqlDialect {
    /** PostgreSQL: JSONB payload, {@code created_at} as ISO-8601 text like Terra's DDL. */
    POSTGRES,
    /** MySQL and MariaDB: JSON payload. */
    MYSQL,
    /** PostgreSQL behind Supabase: as POSTGRES but {@code created_at TIMESTAMPTZ}, as Terra's Supabase tables. */
    SUPABASE;

    boolean postgresLike() {
        return this != MYSQL;
    }

    String quote(String identifier) {
        return postgresLike()
                ? "\"" + identifier.replace("\"", "\"\"") + "\""
                : "`" + identifier.replace("`", "``") + "`";
    }
}
