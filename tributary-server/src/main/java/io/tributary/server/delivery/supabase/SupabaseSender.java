package io.tributary.server.delivery.supabase;

import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetSender;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code supabase} destination type. */
@Component
public class SupabaseSender extends TargetSender<SupabaseConfig> {

    public SupabaseSender(Clock clock) {
        super(clock);
    }

    @Override
    public String type() {
        return "supabase";
    }

    @Override
    public Set<String> secretFields() {
        return Set.of("service_role_key", "database_url");
    }

    @Override
    public SupabaseConfig parse(JsonNode cfg) {
        return SupabaseConfig.parse(cfg);
    }

    @Override
    public ObjectNode normalize(SupabaseConfig cfg) {
        return cfg.toJson();
    }

    @Override
    public Target open(String destinationId, SupabaseConfig cfg) {
        return new SupabaseTarget(destinationId, cfg, clock);
    }

    @Override
    public String describe(JsonNode c) {
        return "supabase " + c.path("url").asString();
    }
}
