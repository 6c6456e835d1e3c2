package io.tributary.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.connection.OAuthCrypto;
import io.tributary.server.delivery.Receiver;
import io.tributary.server.delivery.SignatureVerifier;
import io.tributary.server.support.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole path, over real HTTP only, as a developer and an end user see it: create a webhook destination,
 * connect a SANDBOX user through the real OAuth flow, receive the {@code auth} event and the synthetic history as
 * signed webhooks (signatures verified independently), and read the same data back through {@code GET /v2/daily}.
 */
class EndToEndIT extends IntegrationTest {

    @Test
    void connectSandboxUserThenReceiveSignedWebhooksAndReadTheSameData() throws Exception {
        var testing = env(newDeveloper(), "testing");
        try (Receiver receiver = new Receiver()) {
            var dest = as(testing)
                    .post("/v2/dashboard/destinations", "{\"type\":\"webhook\",\"url\":\"" + receiver.url() + "\"}");
            assertThat(dest.status()).as(dest.toString()).isBetween(200, 201);

            // 1. The developer's backend starts a flow for its end user.
            var start = as(testing)
                    .post(
                            "/v2/auth/authenticateUser?resource=SANDBOX",
                            "{\"reference_id\":\"e2e-user\",\"auth_success_redirect_url\":\"https://app.example.com/ok\"}");
            assertThat(start.status()).as(start.toString()).isEqualTo(200);
            String authUrl = start.json().get("auth_url").asString();

            // 2. The end user approves on the provider's consent page and comes back through the callback.
            assertThat(http().get(authUrl).status()).isEqualTo(200);
            Map<String, String> form = new LinkedHashMap<>(
                    OAuthCrypto.parseForm(URI.create(authUrl).getRawQuery()));
            form.put("decision", "approve");
            var consent = http().send(
                            "POST",
                            "/sandbox/oauth/authorize",
                            OAuthCrypto.form(form),
                            "application/x-www-form-urlencoded");
            assertThat(consent.status()).isEqualTo(303);
            var done = http().get(consent.header("Location"));
            assertThat(done.status()).isEqualTo(302);
            String location = done.header("Location");
            assertThat(location).startsWith("https://app.example.com/ok?");
            Map<String, String> q = OAuthCrypto.parseForm(URI.create(location).getRawQuery());
            assertThat(q).containsEntry("resource", "SANDBOX").containsEntry("reference_id", "e2e-user");
            String userId = q.get("user_id");

            // 3. Webhooks arrive: auth first, then the user's history, every one signed with the testing secret.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            List<Receiver.Request> got;
            while (true) {
                got = receiver.requests();
                boolean hasAuth = got.stream()
                        .anyMatch(r -> "auth".equals(r.json().path("type").asString()));
                boolean hasDaily = got.stream()
                        .anyMatch(r -> "daily".equals(r.json().path("type").asString()));
                if (hasAuth && hasDaily) break;
                assertThat(Instant.now())
                        .as("auth and daily webhooks within 60 s; got %s", got.size())
                        .isBefore(deadline);
                Thread.sleep(100);
            }
            long now = Instant.now().getEpochSecond();
            for (Receiver.Request r : got) {
                assertThat(SignatureVerifier.verify(
                                r.header("terra-signature"), r.body(), testing.signingSecret(), now))
                        .as("signature of %s", r.bodyString())
                        .isTrue();
                assertThat(r.header("X-Terra-Trace-Id")).isNotBlank();
                assertThat(r.header("terra-reference")).isNotBlank();
                assertThat(r.header("Content-Type")).startsWith("application/json");
            }
            JsonNode auth = got.stream()
                    .map(Receiver.Request::json)
                    .filter(j -> "auth".equals(j.path("type").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(auth.get("status").asString()).isEqualTo("success");
            assertThat(auth.get("user").get("user_id").asString()).isEqualTo(userId);
            assertThat(auth.get("reference_id").asString()).isEqualTo("e2e-user");

            // 4. The same daily data is readable synchronously.
            JsonNode dailyEvent = got.stream()
                    .map(Receiver.Request::json)
                    .filter(j -> "daily".equals(j.path("type").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(dailyEvent.get("version").asString()).isEqualTo("2022-03-16");
            assertThat(dailyEvent.get("user").get("user_id").asString()).isEqualTo(userId);
            JsonNode sentDay = dailyEvent.get("data").get(0);
            String day = sentDay.get("metadata").get("start_time").asString().substring(0, 10);
            var read = as(testing)
                    .get("/v2/daily?user_id=" + userId + "&start_date=" + day + "&end_date=" + day
                            + "&to_webhook=false&with_samples=true");
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.header("terra-reference")).isNotBlank();
            JsonNode data = read.json().get("data");
            assertThat(data.size()).isEqualTo(1);
            assertThat(data.get(0).get("distance_data").get("steps").asInt())
                    .isEqualTo(sentDay.get("distance_data").get("steps").asInt())
                    .isPositive();
            assertThat(LocalDate.parse(day))
                    .isBeforeOrEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        }
    }
}
