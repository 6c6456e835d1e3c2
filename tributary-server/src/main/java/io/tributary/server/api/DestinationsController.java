package io.tributary.server.api;

import io.tributary.server.delivery.DeliveryService;
import io.tributary.server.delivery.DestinationChanges;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Terra's internal dashboard API for destinations: {@code GET/POST/PATCH/DELETE /v2/dashboard/destinations}
 * (the id in the path, in {@code ?id=} or in the body) and {@code POST /v2/dashboard/destinations/ping}.
 *
 * <p>A destination is a document whose fields depend on its type (a webhook's {@code url}, Kafka's {@code
 * bootstrap_servers} …), validated and masked by that type's sender: it goes in as a {@link DestinationRequest}
 * around the JSON object and comes out as the ordered field map the service renders ({@link PassThrough}).
 */
@RestController
@RequestMapping("/v2/dashboard/destinations")
public class DestinationsController {
    private final DestinationChanges destinations;
    private final DeliveryService deliveries;

    public DestinationsController(DestinationChanges destinations, DeliveryService deliveries) {
        this.destinations = destinations;
        this.deliveries = deliveries;
    }

    public record DestinationResponse(String status, Map<String, Object> destination) {}

    public record DestinationsResponse(String status, List<Map<String, Object>> destinations) {}

    public record DeletedResponse(String status, String id) {}

    @GetMapping
    public Object list(EnvironmentRecord env, @RequestParam(required = false) String id) {
        if (id != null && !id.isBlank()) return new DestinationResponse("success", destinations.view(env, id));
        return new DestinationsResponse("success", destinations.list(env));
    }

    @GetMapping("/{id}")
    public DestinationResponse one(EnvironmentRecord env, @PathVariable String id) {
        return new DestinationResponse("success", destinations.view(env, id));
    }

    @PassThrough(
            "a destination is a document whose fields depend on its type, validated and masked by that type's sender")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(EnvironmentRecord env, @FromWire(FromWire.Source.BODY) DestinationRequest r) {
        return withStatus(destinations.create(env, r.document()));
    }

    @PassThrough(
            "a destination is a document whose fields depend on its type, validated and masked by that type's sender")
    @PatchMapping
    public Map<String, Object> patch(
            EnvironmentRecord env,
            @RequestParam(required = false) String id,
            @FromWire(FromWire.Source.BODY) DestinationRequest r) {
        return withStatus(destinations.update(env, r.idOr(id), r.document()));
    }

    @PassThrough(
            "a destination is a document whose fields depend on its type, validated and masked by that type's sender")
    @PatchMapping("/{id}")
    public Map<String, Object> patchById(
            EnvironmentRecord env, @PathVariable String id, @FromWire(FromWire.Source.BODY) DestinationRequest r) {
        return withStatus(destinations.update(env, id, r.document()));
    }

    @PassThrough(
            "a destination is a document whose fields depend on its type, validated and masked by that type's sender")
    @PutMapping("/{id}")
    public Map<String, Object> putById(
            EnvironmentRecord env, @PathVariable String id, @FromWire(FromWire.Source.BODY) DestinationRequest r) {
        return withStatus(destinations.update(env, id, r.document()));
    }

    @DeleteMapping
    public DeletedResponse delete(
            EnvironmentRecord env,
            @RequestParam(required = false) String id,
            @FromWire(FromWire.Source.BODY) DestinationRequest r) {
        String target = r.idOr(id);
        destinations.delete(env, target);
        return new DeletedResponse("success", target);
    }

    @DeleteMapping("/{id}")
    public DeletedResponse deleteById(EnvironmentRecord env, @PathVariable String id) {
        destinations.delete(env, id);
        return new DeletedResponse("success", id);
    }

    @PostMapping("/ping")
    public DeliveryService.PingResult ping(
            EnvironmentRecord env,
            @RequestParam(required = false) String id,
            @FromWire(FromWire.Source.BODY) DestinationRequest r) {
        return deliveries.ping(env, id == null || id.isBlank() ? null : id, r.document());
    }

    /** Terra's create/update answer: {@code status}, then the destination's fields, its type also as {@code destination}. */
    private static Map<String, Object> withStatus(Map<String, Object> d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.putAll(d);
        out.put("destination", d.get("type"));
        return out;
    }
}
