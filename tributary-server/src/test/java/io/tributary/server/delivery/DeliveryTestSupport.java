package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.DataType;
import io.tributary.model.TerraUser;
import io.tributary.model.event.RawDataEvent;
import io.tributary.model.support.RawJson;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared helpers for delivery integration tests. */
abstract class DeliveryTestSupport extends IntegrationTest {
    @Autowired
    protected UserService users;

    @Autowired
    protected EventWriter events;

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
        return emit(e, user, type, UUID.randomUUID().toString(), "{\"n\":" + n + "}");
    }

    /**
     * A data event of {@code type} about {@code user} (no users row: delivery needs only its id) carrying {@code
     * objects} (JSON text), written through the event writer in the caller's transaction, if any.
     */
    protected String emit(Env e, UUID user, String type, String reference, String... objects) {
        TerraUser u =
                TerraUser.builder().userId(user.toString()).provider("SANDBOX").build();
        List<RawJson> raw = Arrays.stream(objects).map(RawJson::new).toList();
        return events.append(e.rec(), user, reference, RawDataEvent.of(DataType.fromWireName(type), u, raw));
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
