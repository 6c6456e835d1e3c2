package io.tributary.server.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Direct connections to a data folder's embedded PostgreSQL, with the passwords the server keeps in it. */
public final class EmbeddedDb {
    private EmbeddedDb() {}

    /** The port from {@code pg/postmaster.pid} (line 4). */
    public static int port(Path dataDir) throws IOException {
        return Integer.parseInt(
                Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(3).trim());
    }

    public static String password(Path dataDir, String role) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(dataDir.resolve("pg-passwords"))));
        return p.getProperty(role);
    }

    public static Connection connect(Path dataDir, String role) throws IOException, SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port(dataDir) + "/postgres", role, password(dataDir, role));
    }

    /** The superuser (what only preparation and migrations use). */
    public static Connection superuser(Path dataDir) throws IOException, SQLException {
        return connect(dataDir, "postgres");
    }
}
