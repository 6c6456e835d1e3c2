package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.Verification;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WithingsPushReceiverTest {
    static final AppCredentials APP = new AppCredentials("env-1", "cid", "csecret");
    static final AppCredentials OTHER = new AppCredentials("env-2", "cid2", "other-secret");
    final WithingsPushReceiver receiver = new WithingsPushReceiver();

    static HookRequest notification(String token, String form) {
        return new HookRequest(
                "POST",
                token == null ? Map.of() : Map.of("t", token),
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCallbackTokenNamesTheApp() {
        String url = WithingsPushReceiver.callbackUrl("https://t.example/v2/hooks/withings", APP);
        assertThat(url).startsWith("https://t.example/v2/hooks/withings?t=").hasSizeLessThan(255);
        String token = url.substring(url.indexOf("t=") + 2);
        Verification v = receiver.verify(notification(token, "userid=1&appli=1"), List.of(OTHER, APP));
        assertThat(v.verified()).isTrue();
        assertThat(v.app()).isEqualTo(APP);
        assertThat(receiver.verify(notification("nope", "userid=1"), List.of(APP))
                        .verified())
                .isFalse();
        assertThat(receiver.verify(notification(null, "userid=1"), List.of(APP)).verified())
                .isFalse();
        // Withings' HEAD check of the callback URL
        assertThat(receiver.challenge(new HookRequest("GET", Map.of("t", token), Map.of(), null), List.of(APP)))
                .isPresent();
        assertThat(receiver.challenge(new HookRequest("GET", Map.of("t", "x"), Map.of(), null), List.of(APP)))
                .isEmpty();
    }

    @Test
    void eachCategoryBecomesAFetchOfItsWindow() throws Exception {
        Verification v = Verification.of(APP);
        PushBatch weight =
                receiver.receive(notification("x", "userid=363&appli=1&startdate=1530576000&enddate=1530698753"), v);
        assertThat(weight.items()).hasSize(1);
        assertThat(weight.items().get(0).providerUserId()).isEqualTo("363");
        PushAction.Fetch f = (PushAction.Fetch) weight.items().get(0).action();
        assertThat(f.type()).isEqualTo(DataType.BODY);
        assertThat(f.start()).isEqualTo(Instant.ofEpochSecond(1530576000));
        assertThat(f.end()).isEqualTo(Instant.ofEpochSecond(1530698754));

        PushBatch activity =
                receiver.receive(notification("x", "userid=363&appli=16&startdate=1530576000&enddate=1530662400"), v);
        assertThat(activity.items())
                .extracting(i -> ((PushAction.Fetch) i.action()).type())
                .containsExactly(DataType.DAILY, DataType.ACTIVITY);
        PushBatch sleep =
                receiver.receive(notification("x", "userid=363&appli=44&startdate=1530576000&enddate=1530600000"), v);
        assertThat(((PushAction.Fetch) sleep.items().get(0).action()).type()).isEqualTo(DataType.SLEEP);
        PushBatch bp =
                receiver.receive(notification("x", "userid=363&appli=4&startdate=1530576000&enddate=1530576000"), v);
        assertThat(((PushAction.Fetch) bp.items().get(0).action()).type()).isEqualTo(DataType.BODY);
    }

    @Test
    void userActions() throws Exception {
        Verification v = Verification.of(APP);
        assertThat(receiver.receive(notification("x", "userid=363&appli=46&action=unlink"), v)
                        .items()
                        .get(0)
                        .action())
                .isInstanceOf(PushAction.AccessRevoked.class);
        assertThat(receiver.receive(notification("x", "userid=363&appli=46&action=delete"), v)
                        .items()
                        .get(0)
                        .action())
                .isInstanceOf(PushAction.Deauthorized.class);
        PushBatch update = receiver.receive(notification("x", "userid=363&appli=46&action=update"), v);
        assertThat(update.items()).isEmpty();
        assertThat(update.problems()).hasSize(1);
    }

    @Test
    void malformedNotifications() throws Exception {
        Verification v = Verification.of(APP);
        assertThat(receiver.receive(notification("x", "userid=363&appli=99&startdate=1&enddate=2"), v)
                        .problems())
                .hasSize(1);
        assertThat(receiver.receive(notification("x", "userid=363&appli=1"), v).problems())
                .hasSize(1);
        assertThat(receiver.receive(notification("x", "appli=1&startdate=1&enddate=2"), v)
                        .problems())
                .hasSize(1);
        assertThatThrownBy(() -> receiver.receive(notification("x", "{\"json\":true}"), v))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConnectorException.Kind.BAD_RESPONSE));
    }
}
