package io.tributary.server.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for OAuth tokens, signing secrets and destination passwords: AES-256-GCM with a
 * random 96-bit nonce per value. The key comes from {@code TRIBUTARY_SECRET_KEY} (base64 of 32 bytes, or
 * any passphrase, which is hashed to 32 bytes); when unset one is generated into {@code
 * TRIBUTARY_DATA_DIR/secret.key} (mode 600) on first start. Ciphertext format: {@code v1:<base64(nonce ||
 * ciphertext+tag)>}.
 */
@Component
public class SecretBox {
    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    @org.springframework.beans.factory.annotation.Autowired
    public SecretBox(TributaryProperties props) throws IOException {
        this.key = new SecretKeySpec(resolveKey(props), "AES");
    }

    SecretBox(byte[] rawKey) {
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    public static SecretBox forKey(String passphraseOrBase64) {
        return new SecretBox(deriveKey(passphraseOrBase64));
    }

    /**
     * A 32-byte key for one purpose (e.g. {@code "payload-links"}), derived from the secret key with
     * HMAC-SHA256 so it changes with TRIBUTARY_SECRET_KEY but never reveals it.
     */
    public byte[] purposeKey(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("tributary/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) return null;
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(12 + ct.length)
                                    .put(nonce)
                                    .put(ct)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Whether {@code value} has the form of this class's ciphertext ({@code v1:}, base64, nonce and tag). */
    public static boolean isCiphertext(String value) {
        if (value == null || !value.startsWith(PREFIX)) return false;
        try {
            return Base64.getDecoder().decode(value.substring(PREFIX.length())).length >= 12 + 16;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Whether both encrypt with the same key (without revealing it). */
    public boolean sameKey(SecretBox other) {
        return MessageDigest.isEqual(key.getEncoded(), other.key.getEncoded());
    }

    public String decrypt(String stored) {
        if (stored == null) return null;
        if (!stored.startsWith(PREFIX)) throw new IllegalStateException("unknown ciphertext format");
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot decrypt a stored secret: TRIBUTARY_SECRET_KEY differs from the key it was written with", e);
        }
    }

    private static byte[] resolveKey(TributaryProperties props) throws IOException {
        if (props.secretKey() != null && !props.secretKey().isBlank()) return deriveKey(props.secretKey());
        Path file = props.dataDir().resolve("secret.key");
        if (Files.exists(file)) return deriveKey(Files.readString(file).trim());
        PrivateFiles.directory(props.dataDir());
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String encoded = Base64.getEncoder().encodeToString(raw);
        PrivateFiles.write(file, encoded + "\n");
        log.info("Generated a new secret key in {} (set TRIBUTARY_SECRET_KEY to manage it yourself)", file);
        return raw;
    }

    static byte[] deriveKey(String value) {
        try {
            byte[] decoded = Base64.getDecoder().decode(value);
            if (decoded.length == 32) return decoded;
        } catch (IllegalArgumentException notBase64) {
            // fall through: treat as passphrase
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
