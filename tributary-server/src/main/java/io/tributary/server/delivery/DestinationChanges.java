package io.tributary.server.delivery;

import io.tributary.server.shared.EnvironmentRecord;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's edits of destinations ({@code /v2/dashboard/destinations}): {@link DestinationService} does
 * the work, and a new or changed destination wakes the delivery engine so waiting events go out at once rather
 * than at the next poll. (Here and not in {@link DestinationService}, which the engine itself depends on.)
 *
 * <p>A destination is a JSON document whose fields depend on its type; the type's {@link DestinationSender}
 * validates them and masks its secrets, so documents pass through as JSON objects.
 */
@Service
public class DestinationChanges {
    private final DestinationService destinations;
    private final DeliveryEngine engine;

    public DestinationChanges(DestinationService destinations, DeliveryEngine engine) {
        this.destinations = destinations;
        this.engine = engine;
    }

    public Map<String, Object> create(EnvironmentRecord env, JsonNode body) {
        Map<String, Object> d = destinations.create(env, body);
        engine.wakeUp();
        return d;
    }

    public Map<String, Object> update(EnvironmentRecord env, String id, JsonNode body) {
        Map<String, Object> d = destinations.update(env, id, body);
        engine.wakeUp();
        return d;
    }

    public void delete(EnvironmentRecord env, String id) {
        destinations.delete(env, id);
    }

    public Map<String, Object> view(EnvironmentRecord env, String id) {
        return destinations.view(env, id);
    }

    public List<Map<String, Object>> list(EnvironmentRecord env) {
        return destinations.list(env);
    }
}
