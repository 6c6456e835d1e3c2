package io.tributary.server.api;

import io.tributary.server.delivery.DeliveryEngine;
import io.tributary.server.delivery.DeliveryService;
import io.tributary.server.delivery.DestinationService;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Terra's internal dashboard API for destinations: {@code GET/POST/PATCH/DELETE /v2/dashboard/destinations}
 * (the id in the path, in {@code ?id=} or in the body) and {@code POST /v2/dashboard/destinations/ping}.
 */
@RestController
@RequestMapping("/v2/dashboard/destinations")
public class DestinationsController {
    private final DestinationService destinations;
    private final DeliveryService deliveries;
    private final DeliveryEngine engine;

    public DestinationsController(DestinationService destinations, DeliveryService deliveries, DeliveryEngine engine) {
        this.destinations = destinations;
        this.deliveries = deliveries;
        this.engine = engine;
    }

    @GetMapping
    public Map<String, Object> list(EnvironmentRecord env, @RequestParam(required = false) String id) {
        if (id != null && !id.isBlank()) return Map.of("status", "success", "destination", destinations.view(env, id));
        return Map.of("status", "success", "destinations", destinations.list(env));
    }

    @GetMapping("/{id}")
    public Map<String, Object> one(EnvironmentRecord env, @PathVariable String id) {
        return Map.of("status", "success", "destination", destinations.view(env, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(EnvironmentRecord env, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> d = destinations.create(env, body);
        engine.wakeUp();
        return withStatus(d);
    }

    @PatchMapping
    public Map<String, Object> patch(
            EnvironmentRecord env,
            @RequestParam(required = false) String id,
            @RequestBody(required = false) JsonNode body) {
        return update(env, idFrom(id, body), body);
    }

    @PatchMapping("/{id}")
    public Map<String, Object> patchById(
            EnvironmentRecord env, @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        return update(env, id, body);
    }

    @PutMapping("/{id}")
    public Map<String, Object> putById(
            EnvironmentRecord env, @PathVariable String id, @RequestBody(required = false) JsonNode body) {
        return update(env, id, body);
    }

    @DeleteMapping
    public Map<String, Object> delete(
            EnvironmentRecord env,
            @RequestParam(required = false) String id,
            @RequestBody(required = false) JsonNode body) {
        String target = idFrom(id, body);
        destinations.delete(env, target);
        return Map.of("status", "success", "id", target);
    }

    @DeleteMapping("/{id}")
    public Map<String, Object> deleteById(EnvironmentRecord env, @PathVariable String id) {
        destinations.delete(env, id);
        return Map.of("status", "success", "id", id);
    }

    @PostMapping("/ping")
    public Map<String, Object> ping(
            EnvironmentRecord env,
            @RequestParam(required = false) String id,
            @RequestBody(required = false) JsonNode body) {
        JsonNode b = body;
        if (id != null && !id.isBlank())
            b = tools.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode()
                    .put("id", id);
        return deliveries.ping(env, b);
    }

    private Map<String, Object> update(EnvironmentRecord env, String id, JsonNode body) {
        Map<String, Object> d = destinations.update(env, id, body);
        engine.wakeUp();
        return withStatus(d);
    }

    private static Map<String, Object> withStatus(Map<String, Object> d) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("status", "success");
        out.putAll(d);
        out.put("destination", d.get("type")); // Terra's field name for the type
        return out;
    }

    private static String idFrom(String query, JsonNode body) {
        if (query != null && !query.isBlank()) return query;
        if (body != null && body.get("id") != null && body.get("id").isString())
            return body.get("id").asString();
        return null;
    }
}
