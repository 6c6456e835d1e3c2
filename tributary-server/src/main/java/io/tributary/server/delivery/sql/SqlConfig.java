package io.tributary.server.delivery.sql;

import io.tributary.server.delivery.writer.ConfigFields;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A SQL destination: where to connect and where the three tables live.
 *
 * @param schema PostgreSQL schema or MySQL database holding the tables; null = the connection's default
 * @param ssl require TLS
 * @param sslVerify also verify the server certificate and host name (when {@code ssl})
 * @param sslRootCert optional PEM certificate to verify the server against instead of the default trust store
 * @param poolSize the most connections this destination holds open at once
 */
public record SqlConfig(
        SqlDialect dialect,
        String host,
        int port,
        String database,
        String user,
        String password,
        String schema,
        boolean ssl,
        boolean sslVerify,
        String sslRootCert,
        int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 4;

    @Override
    public String toString() {
        return "SqlConfig[" + dialect + " " + user + "@" + host + ":" + port + "/" + database + "]";
    }

    /** Reads {@code host, port, database, user, password, schema, ssl, ssl_verify, pool_size}. */
    public static SqlConfig parse(JsonNode cfg, SqlDialect dialect, String kind) {
        ConfigFields f = new ConfigFields(cfg, kind);
        SqlConfig c = read(f, dialect);
        f.done();
        return c;
    }

    static SqlConfig read(ConfigFields f, SqlDialect dialect) {
        String host = f.required("host");
        if (host != null && !host.matches("[A-Za-z0-9._:\\[\\]-]+"))
            f.problem("`host` must be a host name or IP address");
        int port = f.integer("port", dialect == SqlDialect.MYSQL ? 3306 : 5432, 1, 65535);
        String database = f.required("database");
        if (database != null && database.matches(".*[/?&#\\s].*"))
            f.problem("`database` must not contain '/', '?', '&', '#' or spaces");
        String user = f.required("user");
        String password = f.optional("password", "");
        String schema = f.identifier("schema");
        boolean ssl = f.bool("ssl", false);
        boolean verify = f.bool("ssl_verify", false);
        String rootCert = f.optional("ssl_root_cert", null);
        if (rootCert != null && !rootCert.contains("-----BEGIN CERTIFICATE-----"))
            f.problem("`ssl_root_cert` must be PEM text (-----BEGIN CERTIFICATE----- …)");
        if (rootCert != null && !(ssl && verify)) f.problem("`ssl_root_cert` needs `ssl` and `ssl_verify`: true");
        int pool = f.integer("pool_size", DEFAULT_POOL_SIZE, 1, 32);
        return new SqlConfig(dialect, host, port, database, user, password, schema, ssl, verify, rootCert, pool);
    }

    /**
     * A PostgreSQL connection string as Supabase shows it ({@code
     * postgresql://user:password@host:port/database?sslmode=require}).
     */
    public static SqlConfig supabase(String s, String schema, int poolSize, ConfigFields f) {
        try {
            URI u = URI.create(s.strip());
            if (!"postgres".equals(u.getScheme()) && !"postgresql".equals(u.getScheme()))
                throw new IllegalArgumentException("scheme");
            String info = u.getRawUserInfo();
            if (info == null || u.getHost() == null) throw new IllegalArgumentException("user");
            int colon = info.indexOf(':');
            String user = decode(colon < 0 ? info : info.substring(0, colon));
            String password = colon < 0 ? "" : decode(info.substring(colon + 1));
            String db = u.getPath() == null || u.getPath().length() <= 1
                    ? "postgres"
                    : u.getPath().substring(1);
            Map<String, String> q = new LinkedHashMap<>();
            if (u.getRawQuery() != null)
                for (String kv : u.getRawQuery().split("&")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) q.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
                }
            String mode = q.getOrDefault("sslmode", "prefer");
            boolean ssl = mode.equals("require") || mode.startsWith("verify");
            boolean verify = mode.startsWith("verify");
            return new SqlConfig(
                    SqlDialect.SUPABASE,
                    u.getHost(),
                    u.getPort() < 0 ? 5432 : u.getPort(),
                    db,
                    user,
                    password,
                    schema,
                    ssl,
                    verify,
                    null,
                    poolSize);
        } catch (RuntimeException e) {
            f.problem("`database_url` must be a PostgreSQL connection string like"
                    + " postgresql://postgres:PASSWORD@db.PROJECT.supabase.co:5432/postgres");
            return null;
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * Driver properties beside the URL: the PEM root certificate when one is configured (PostgreSQL: pgjdbc's
     * {@code SingleCertValidatingFactory}; MariaDB: {@code serverSslCert}, which takes PEM text).
     */
    java.util.Properties driverProperties() {
        java.util.Properties p = new java.util.Properties();
        if (ssl && sslVerify && sslRootCert != null) {
            if (dialect.postgresLike()) {
                p.setProperty("sslfactory", "org.postgresql.ssl.SingleCertValidatingFactory");
                p.setProperty("sslfactoryarg", sslRootCert);
            } else p.setProperty("serverSslCert", sslRootCert);
        }
        return p;
    }

    String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        if (dialect.postgresLike()) {
            String mode = !ssl ? "disable" : sslVerify ? "verify-full" : "require";
            return "jdbc:postgresql://" + h + ":" + port + "/" + database + "?sslmode=" + mode
                    + "&ApplicationName=tributary-destination&connectTimeout=10&socketTimeout=60&tcpKeepAlive=true";
        }
        String mode = !ssl ? "disable" : sslVerify ? "verify-full" : "trust";
        return "jdbc:mariadb://" + h + ":" + port + "/" + database + "?sslMode=" + mode
                + "&connectTimeout=10000&socketTimeout=60000&tcpKeepAlive=true"
                + (ssl ? "" : "&allowPublicKeyRetrieval=true");
    }
}
