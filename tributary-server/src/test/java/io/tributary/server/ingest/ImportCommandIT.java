package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.ImportCommandAccess;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ImportCommandIT extends IntegrationTest {
    @Autowired
    DataSource dataSource;

    @Test
    void importsFilesIntoTheConfiguredDatabaseWithProgress(@TempDir Path dir) throws Exception {
        EnvironmentCredentials env = env(newDeveloper(), "testing");
        var api = as(env);
        // a user to import for: upload one file through the API first
        Path gpx = dir.resolve("ride.gpx");
        Files.write(gpx, UploadsIT.resource("track.gpx"));
        Path fit = dir.resolve("run.fit");
        Files.write(fit, UploadsIT.resource("run.fit"));
        Path bad = dir.resolve("bad.fit");
        Files.writeString(bad, "not a fit file");
        String userId;
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            String dbUser = c.getMetaData().getUserName();
            userId = createUser(env);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = ImportCommandAccess.run(
                    new String[] {
                        "--user",
                        userId,
                        "--tributary.db.url=" + url,
                        "--tributary.db.user=" + dbUser,
                        // the shared context's embedded database asks for the role's password
                        "--tributary.db.password=" + io.tributary.server.support.EmbeddedDb.password(dataDir(), dbUser),
                        "--tributary.data-dir=" + dir.resolve("data"),
                        gpx.toString(),
                        fit.toString(),
                        bad.toString()
                    },
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String o = out.toString(StandardCharsets.UTF_8);
            String e = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(o + e).isEqualTo(1); // bad.fit failed
            assertThat(o).contains("ride.gpx: 1 records (GPX)").contains("run.fit: 1 records (Garmin FIT)");
            assertThat(e).contains("100%").contains("bad.fit: unrecognised file format");
        }
        JsonNode acts = api.get("/v2/activity?user_id=" + userId
                        + "&start_date=2024-04-01&end_date=2024-05-05&to_webhook=false")
                .json();
        assertThat(acts.get("data")).hasSize(2);
    }

    @Autowired
    UploadService uploads;

    private String createUser(EnvironmentCredentials env) {
        var r = as(env).send(
                        "POST",
                        "/v2/uploads?reference_id=cli-user&filename=w.gpx",
                        new String(UploadsIT.resource("track.gpx"), StandardCharsets.UTF_8)
                                .replace("2024-04-01", "2023-01-01"),
                        "application/gpx+xml");
        assertThat(r.status()).isEqualTo(202);
        uploads.drain();
        return r.json().get("user_id").asString();
    }
}
