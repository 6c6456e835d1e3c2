package io.tributary.server.ingest;

import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The mobile-SDK endpoints' side of {@link SdkService} (docs/sdk.md): who is sending (a connected SDK user, by
 * {@code sdk_secret} or by API key and {@code user_id}) and their batch, without handing stored users to the
 * controller. The records are the SDKs' own (HealthKit, Health Connect, Samsung) and pass through as JSON to the
 * mapper, which validates each one.
 */
@Service
public class SdkIntake {
    private final SdkService sdk;

    public SdkIntake(SdkService sdk) {
        this.sdk = sdk;
    }

    /** The environment and user a batch is for. */
    public static final class Sender {
        private final EnvironmentRecord env;
        private final User user;

        private Sender(EnvironmentRecord env, User user) {
            this.env = env;
            this.user = user;
        }

        public UUID userId() {
            return user.id();
        }
    }

    public record Connected(UUID userId, String secret) {}

    public Connected connect(String token, String provider, String referenceId, String deviceId) {
        SdkService.Connected c = sdk.connect(token, provider, referenceId, deviceId);
        return new Connected(c.user().id(), c.secret());
    }

    /** The sender of a Bearer {@code sdk_secret}; empty when it matches no live connection. */
    public Optional<Sender> bySecret(String secret) {
        return sdk.authenticate(secret).map(e -> new Sender(e.getKey(), e.getValue()));
    }

    /** A developer's backend relaying for one of its SDK users (API-key authentication). */
    public Sender byUserId(EnvironmentRecord env, UUID userId) {
        return new Sender(env, sdk.sdkUser(env, userId));
    }

    public SdkService.UploadResult upload(Sender s, JsonNode records, JsonNode deleted) {
        return sdk.upload(s.env, s.user, records, deleted);
    }
}
