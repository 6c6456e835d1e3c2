package io.tributary.server.ingest;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class UploadsIT extends IntegrationTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    UploadService uploads;

    @Autowired
    JdbcClient jdbc;

    EnvironmentCredentials env;
    TestHttp api;

    @BeforeEach
    void setUp() {
        env = env(newDeveloper(), "testing");
        api = as(env);
    }

    static byte[] resource(String name) {
        try (InputStream in = UploadsIT.class.getResourceAsStream("/uploads/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String query, String contentType, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v2/uploads" + query))
                .header("dev-id", env.devId())
                .header("x-api-key", env.apiKey())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String query, String filename, byte[] content) throws Exception {
        String boundary = "----tributary" + UUID.randomUUID();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        b.write(content);
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(query, "multipart/form-data; boundary=" + boundary, b.toByteArray());
    }

    private JsonNode accepted(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return TestHttp.JSON.readTree(r.body());
    }

    /** Waits until a worker (or this thread) finished the upload. */
    private JsonNode finished(String uploadId) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            uploads.drain();
            JsonNode s = api.get("/v2/uploads/" + uploadId).json();
            String state = s.get("state").asString();
            if (state.equals("completed") || state.equals("failed") || System.nanoTime() > deadline) {
                return s;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void fitUploadWithReferenceIdCreatesAnUploadUserStoresTheActivityAndEmitsAnEvent() throws Exception {
        JsonNode ack = accepted(multipart("?reference_id=runner-1", "morning run.fit", resource("run.fit")));
        String userId = ack.get("user_id").asString();
        assertThat(ack.get("upload_id").asString()).startsWith("upl");
        JsonNode status = finished(ack.get("upload_id").asString());
        assertThat(status.get("state").asString()).isEqualTo("completed");
        assertThat(status.get("records_processed").asInt()).isEqualTo(1);
        assertThat(status.get("bytes_total").asLong()).isEqualTo(resource("run.fit").length);
        assertThat(status.get("bytes_processed").asLong()).isEqualTo(resource("run.fit").length);
        assertThat(status.get("error").isNull()).isTrue();

        JsonNode user = api.get("/v2/userInfo?user_id=" + userId).json().get("user");
        assertThat(user.get("provider").asString()).isEqualTo("UPLOAD");
        assertThat(user.get("reference_id").asString()).isEqualTo("runner-1");

        JsonNode data = api.get("/v2/activity?user_id=" + userId
                        + "&start_date=2024-05-04&end_date=2024-05-05&to_webhook=false&with_samples=true")
                .json();
        assertThat(data.get("data")).hasSize(1);
        JsonNode activity = data.get("data").get(0);
        assertThat(activity.get("metadata").get("upload_type").asInt()).isEqualTo(2);
        assertThat(activity.get("distance_data")
                        .get("summary")
                        .get("distance_meters")
                        .asDouble())
                .isEqualTo(1797.0);
        assertThat(activity.get("heart_rate_data").get("detailed").get("hr_samples"))
                .hasSize(600);
        assertThat(eventCount(userId, "activity")).isEqualTo(1);

        // the same file again, by user_id: replaces nothing new, no duplicate
        JsonNode again = accepted(multipart("?user_id=" + userId, "run-copy.fit", resource("run.fit")));
        assertThat(again.get("user_id").asString()).isEqualTo(userId);
        assertThat(finished(again.get("upload_id").asString()).get("state").asString())
                .isEqualTo("completed");
        assertThat(api.get("/v2/activity?user_id=" + userId
                                + "&start_date=2024-05-04&end_date=2024-05-05&to_webhook=false")
                        .json()
                        .get("data"))
                .hasSize(1);
        // the same reference_id reuses the UPLOAD user
        JsonNode third = accepted(multipart("?reference_id=runner-1", "run.fit", resource("run.fit")));
        assertThat(third.get("user_id").asString()).isEqualTo(userId);
        finished(third.get("upload_id").asString());
    }

    private int eventCount(String userId, String type) {
        return jdbc.sql("SELECT count(*) FROM events WHERE user_id = ?::uuid AND type = ?")
                .params(userId, type)
                .query(Integer.class)
                .single();
    }

    @Test
    void rawBodyUploadsOfGpxAndAppleExport() throws Exception {
        JsonNode gpx =
                accepted(send("?reference_id=cyclist&filename=ride.gpx", "application/gpx+xml", resource("track.gpx")));
        assertThat(finished(gpx.get("upload_id").asString()).get("state").asString())
                .isEqualTo("completed");
        String userId = gpx.get("user_id").asString();
        JsonNode apple = accepted(
                send("?user_id=" + userId + "&filename=export.xml", "application/xml", resource("export.xml")));
        JsonNode status = finished(apple.get("upload_id").asString());
        assertThat(status.get("state").asString()).isEqualTo("completed");
        assertThat(status.get("format").asString()).isEqualTo("APPLE_HEALTH_XML");
        assertThat(status.get("records_processed").asInt()).isEqualTo(7);
        JsonNode daily = api.get(
                        "/v2/daily?user_id=" + userId + "&start_date=2024-05-04&end_date=2024-05-04&to_webhook=false")
                .json();
        assertThat(daily.get("data")).hasSize(1);
        assertThat(daily.get("data").get(0).get("distance_data").get("steps").asInt())
                .isEqualTo(2000);
        JsonNode sleep = api.get(
                        "/v2/sleep?user_id=" + userId + "&start_date=2024-05-04&end_date=2024-05-05&to_webhook=false")
                .json();
        assertThat(sleep.get("data")).hasSize(1);
        assertThat(eventCount(userId, "body")).isEqualTo(1);
        assertThat(eventCount(userId, "nutrition")).isEqualTo(1);
        assertThat(eventCount(userId, "menstruation")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedOrFailsWithAReadableErrorAndStoresNothing() throws Exception {
        assertProblem(api.send("POST", "/v2/uploads", "hello", "text/plain"), 400);
        var unknown = send(
                "?reference_id=x&filename=notes.fit",
                "application/octet-stream",
                "this is not a fit file".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unrecognised file format");
        assertThat(send("?user_id=" + UUID.randomUUID(), "application/octet-stream", resource("run.fit"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("?reference_id=empty", "application/octet-stream", new byte[0])
                        .statusCode())
                .isEqualTo(400);
        assertProblem(api.get("/v2/uploads/upl_nope"), 404);

        byte[] fit = resource("run.fit");
        JsonNode ack = accepted(multipart("?reference_id=broken", "cut.fit", Arrays.copyOf(fit, fit.length / 2)));
        JsonNode status = finished(ack.get("upload_id").asString());
        assertThat(status.get("state").asString()).isEqualTo("failed");
        assertThat(status.get("error").asString()).contains("truncated");
        assertThat(eventCount(ack.get("user_id").asString(), "activity")).isZero();
    }

    @Test
    void anotherEnvironmentCannotSeeTheUpload() throws Exception {
        JsonNode ack = accepted(multipart("?reference_id=private", "run.fit", resource("run.fit")));
        TestHttp other = as(env(newDeveloper(), "testing"));
        assertProblem(other.get("/v2/uploads/" + ack.get("upload_id").asString()), 404);
        finished(ack.get("upload_id").asString());
    }
}
