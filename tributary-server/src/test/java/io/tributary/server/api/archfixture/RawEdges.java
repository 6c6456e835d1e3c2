package io.tributary.server.api.archfixture;

import io.tributary.server.api.PassThrough;
import io.tributary.server.storage.User;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.JsonNode;

/**
 * What {@code ArchitectureTest}'s controller rules must catch (see ArchitectureRulesCatchTest). Not a
 * {@code @Controller}: Spring never registers it.
 */
public class RawEdges {
    @GetMapping("/x")
    public Map<String, Object> returnsMap() {
        return Map.of();
    }

    @PostMapping("/y")
    public String takesJson(JsonNode body) {
        return "";
    }

    @GetMapping("/z")
    public ResponseEntity<List<Map<String, Object>>> nested() {
        return ResponseEntity.ok(List.of());
    }

    @PassThrough("allowed with a reason")
    @GetMapping("/ok")
    public Map<String, Object> declared() {
        return Map.of();
    }

    /** Not a handler: free to use maps. */
    public Map<String, Object> helper() {
        return Map.of();
    }

    public String name(User u) {
        return u.provider();
    }
}
