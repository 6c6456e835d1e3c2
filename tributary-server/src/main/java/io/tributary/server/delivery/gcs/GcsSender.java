package io.tributary.server.delivery.gcs;

import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetSender;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code gcs} destination type. */
@Component
public class GcsSender extends TargetSender<GcsConfig> {

    public GcsSender(Clock clock) {
        super(clock);
    }

    @Override
    public String type() {
        return "gcs";
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("service_account_json");
    }

    @Override
    public GcsConfig parse(JsonNode cfg) {
        return GcsConfig.parse(cfg);
    }

    @Override
    public ObjectNode normalize(GcsConfig cfg) {
        return cfg.toJson();
    }

    @Override
    public Target open(String destinationId, GcsConfig cfg) {
        return new GcsTarget(cfg, clock);
    }

    @Override
    public String describe(JsonNode c) {
        return "gs://" + c.path("bucket").asString()
                + (c.hasNonNull("prefix") ? "/" + c.get("prefix").asString() : "");
    }
}
