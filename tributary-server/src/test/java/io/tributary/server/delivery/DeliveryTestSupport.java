package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared helpers for delivery integration tests. */
abstract class DeliveryTestSupport extends IntegrationTest {
    @Autowired
    protected UserService users;

    protected record Env(EnvironmentCredentials creds, EnvironmentRecord rec, TestHttp api) {}

    protected Env newEnv(String name) {
        EnvironmentCredentials c = env(newDeveloper(), name);
        return new Env(c, accounts.environmentByDevId(c.devId()).orElseThrow(), as(c));
    }

    protected Env newEnv() {
        return newEnv("testing");
    }

    /** Creates a webhook destination; {@code extra} is more JSON fields, e.g. {@code "retry_schedule":[1,1]}. */
    protected String webhook(Env e, String url, String extra) {
        String body = "{\"type\":\"webhook\",\"url\":\"" + url + "\"" + (extra == null ? "" : "," + extra) + "}";
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A data event {@code {type, data:[{n}], user, version}}. */
    protected String emit(Env e, UUID user, String type, int n) {
        return users.appendEvent(
                e.rec(),
                user,
                type,
                Map.of(
                        "type",
                        type,
                        "data",
                        List.of(Map.of("n", n)),
                        "user",
                        Map.of("user_id", user.toString(), "provider", "SANDBOX"),
                        "version",
                        "2022-03-16"));
    }

    protected static int n(Receiver.Request r) {
        return r.json().get("data").get(0).get("n").asInt();
    }

    protected static String user(Receiver.Request r) {
        return r.json().get("user").get("user_id").asString();
    }

    protected static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
