package io.tributary.server.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlGuardTest {
    private final WebhookUrlGuard strict = new WebhookUrlGuard(false, false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.1",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "100.64.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd00:ec2::254",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "2002:7f00:1::1"
            })
    void refusesNonPublicAddresses(String ip) throws Exception {
        assertThat(WebhookUrlGuard.isForbidden(InetAddress.getByName(ip)))
                .as(ip)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"})
    void acceptsPublicAddresses(String ip) throws Exception {
        assertThat(WebhookUrlGuard.isForbidden(InetAddress.getByName(ip)))
                .as(ip)
                .isFalse();
    }

    @Test
    void literalPrivateHostsAreRefusedUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> strict.check("https://127.0.0.1/hook", false))
                .isInstanceOf(WebhookUrlGuard.Refused.class)
                .hasMessageContaining("TRIBUTARY_ALLOW_PRIVATE_WEBHOOKS");
        assertThatThrownBy(() -> strict.check("https://[::1]:8443/hook", false))
                .isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThatThrownBy(() -> strict.check("https://localhost/hook", false))
                .isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThatThrownBy(() -> strict.check("http://169.254.169.254/latest/meta-data", false))
                .isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThat(new WebhookUrlGuard(false, true).check("https://127.0.0.1/hook", true))
                .hasHost("127.0.0.1");
    }

    @Test
    void productionNeedsHttpsUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> strict.parse("http://example.com/hook", true))
                .isInstanceOf(WebhookUrlGuard.Refused.class)
                .hasMessageContaining("https");
        assertThat(strict.parse("http://example.com/hook", false)).hasScheme("http");
        assertThat(new WebhookUrlGuard(true, false).parse("http://example.com/hook", true))
                .hasScheme("http");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> strict.parse("ftp://example.com/x", false))
                .isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThatThrownBy(() -> strict.parse("not a url", false)).isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThatThrownBy(() -> strict.parse("https://user:pw@example.com/", false))
                .isInstanceOf(WebhookUrlGuard.Refused.class);
        assertThatThrownBy(() -> strict.parse("", false)).isInstanceOf(WebhookUrlGuard.Refused.class);
    }
}
