package io.tributary.server.delivery.sqs;

import io.tributary.server.delivery.s3.S3Overflow;
import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetSender;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code sqs} destination type. */
@Component
public class SqsSender extends TargetSender<SqsConfig> {
    private final PayloadLinks links;

    public SqsSender(PayloadLinks links, Clock clock) {
        super(clock);
        this.links = links;
    }

    @Override
    public String type() {
        return "sqs";
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("secret_access_key", "s3_secret_access_key");
    }

    @Override
    protected boolean writesHealthchecks() {
        return true;
    }

    @Override
    public SqsConfig parse(JsonNode cfg) {
        return SqsConfig.parse(cfg);
    }

    @Override
    public ObjectNode normalize(SqsConfig cfg) {
        return cfg.toJson();
    }

    @Override
    public Target open(String destinationId, SqsConfig cfg) {
        return new SqsTarget(cfg, S3Overflow.forBucket(cfg.overflowBucket(), links, clock), PayloadLinks.DEFAULT_TTL);
    }

    @Override
    public String describe(JsonNode c) {
        return c.path("queue_url").asString();
    }
}
