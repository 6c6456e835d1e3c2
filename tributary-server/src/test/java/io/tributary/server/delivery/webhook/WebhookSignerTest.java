package io.tributary.server.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
    private static final byte[] BODY =
            "{\"type\":\"healthcheck\",\"status\":\"success\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void knownAnswer() {
        // expected values computed independently: printf '%s' '1723808700.<body>' | openssl dgst -sha256 -hmac <secret>
        assertThat(WebhookSigner.header(1723808700L, BODY, List.of("test_secret_1234")))
                .isEqualTo("t=1723808700,v1=525d544dac8774622424ea1ccfbfdd21fed9ad094da7826da7b9687004f7a7c2");
    }

    @Test
    void singleSecretMatchesTheFormTerrasJavaClientParses() {
        assertThat(WebhookSigner.header(1723808700L, BODY, List.of("s"))).matches("t=\\d+,v1=[0-9a-f]{64}");
    }

    @Test
    void rotationOverlapSendsNewThenOld() {
        assertThat(WebhookSigner.header(1723808700L, BODY, List.of("test_secret_1234", "old_secret_5678")))
                .isEqualTo("t=1723808700,v1=525d544dac8774622424ea1ccfbfdd21fed9ad094da7826da7b9687004f7a7c2"
                        + ",v1=609ef906e13f6beebee8076c746c6a572d86cb3ff5568a1bbe9b99b2b749f676");
    }

    @Test
    void independentVerifierAcceptsOursAndRejectsTampering() {
        long now = 1723808700L;
        String header = WebhookSigner.header(now, BODY, List.of("new", "old"));
        assertThat(SignatureVerifier.verify(header, BODY, "new", now + 299)).isTrue();
        assertThat(SignatureVerifier.verify(header, BODY, "old", now - 299)).isTrue();
        assertThat(SignatureVerifier.verify(header, BODY, "other", now)).isFalse();
        assertThat(SignatureVerifier.verify(header, BODY, "new", now + 301)).isFalse(); // outside tolerance
        byte[] tampered = "{\"type\":\"healthcheck\",\"status\":\"error\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(SignatureVerifier.verify(header, tampered, "new", now)).isFalse();
        // other schemes (v0=) are ignored, order of entries does not matter
        String v1 = header.split(",")[1];
        assertThat(SignatureVerifier.verify("v0=abc," + v1 + ",t=" + now, BODY, "new", now))
                .isTrue();
    }
}
