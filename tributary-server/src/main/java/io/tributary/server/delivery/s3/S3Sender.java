package io.tributary.server.delivery.s3;

import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetSender;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code s3} destination type: AWS S3 or any S3-compatible store (endpoint override, path style). */
@Component
public class S3Sender extends TargetSender<S3Config> {

    public S3Sender(Clock clock) {
        super(clock);
    }

    @Override
    public String type() {
        return "s3";
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("secret_access_key");
    }

    @Override
    public S3Config parse(JsonNode cfg) {
        return S3Config.parse(cfg, "s3");
    }

    @Override
    public ObjectNode normalize(S3Config cfg) {
        return cfg.toJson("");
    }

    @Override
    public Target open(String destinationId, S3Config cfg) {
        return new S3Target(cfg, 32, clock);
    }

    @Override
    public String describe(JsonNode c) {
        return "s3://" + c.path("bucket").asString()
                + (c.hasNonNull("prefix") ? "/" + c.get("prefix").asString() : "")
                + (c.hasNonNull("endpoint") ? " at " + c.get("endpoint").asString() : "");
    }
}
