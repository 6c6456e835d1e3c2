package io.tributary.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxTest {
    @Test
    void roundTripsAndUsesAFreshNonceEachTime() {
        SecretBox box = SecretBox.forKey("correct horse battery staple");
        String a = box.encrypt("refresh-token-123");
        String b = box.encrypt("refresh-token-123");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("refresh-token-123");
        assertThat(box.decrypt(a)).isEqualTo("refresh-token-123");
        assertThat(box.decrypt(b)).isEqualTo("refresh-token-123");
        assertThat(box.encrypt(null)).isNull();
    }

    @Test
    void anotherKeyCannotDecryptAndTamperingIsDetected() {
        String ct = SecretBox.forKey("k1").encrypt("secret");
        assertThatThrownBy(() -> SecretBox.forKey("k2").decrypt(ct)).isInstanceOf(IllegalStateException.class);
        char[] c = ct.toCharArray();
        c[10] = c[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> SecretBox.forKey("k1").decrypt(new String(c)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsA32ByteBase64Key() {
        String b64 = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(SecretBox.deriveKey(b64)).hasSize(32).containsOnly(0);
    }
}
