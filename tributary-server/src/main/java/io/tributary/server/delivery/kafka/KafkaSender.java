package io.tributary.server.delivery.kafka;

import io.tributary.server.delivery.s3.S3Overflow;
import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetSender;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code kafka} destination type. */
@Component
public class KafkaSender extends TargetSender<KafkaConfig> {
    private final PayloadLinks links;

    public KafkaSender(PayloadLinks links, Clock clock) {
        super(clock);
        this.links = links;
    }

    @Override
    public String type() {
        return "kafka";
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("password", "s3_secret_access_key");
    }

    @Override
    protected boolean writesHealthchecks() {
        return true;
    }

    @Override
    public KafkaConfig parse(JsonNode cfg) {
        return KafkaConfig.parse(cfg);
    }

    @Override
    public ObjectNode normalize(KafkaConfig cfg) {
        return cfg.toJson();
    }

    @Override
    public Target open(String destinationId, KafkaConfig cfg) {
        return new KafkaTarget(
                destinationId, cfg, S3Overflow.forBucket(cfg.overflowBucket(), links, clock), PayloadLinks.DEFAULT_TTL);
    }

    @Override
    public String describe(JsonNode c) {
        return "kafka://" + c.path("bootstrap_servers").asString() + "/"
                + c.path("topic").asString();
    }
}
