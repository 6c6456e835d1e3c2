package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.streaming.StreamDemo;
import io.tributary.server.streaming.StreamPresence;
import io.tributary.server.streaming.StreamTokens;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Streaming API's REST side (docs/streaming.md). The token endpoints live at root paths, as on Terra's {@code
 * ws.tryterra.co}, and take either {@code dev-id} + {@code x-api-key} or {@code Authorization: Basic}; their
 * answers follow rt.yaml: 400 for missing or malformed credentials or {@code id} (problem+json), 403 with an empty
 * {@code text/plain} body for wrong credentials or a user of another environment, as Terra documents.
 */
@RestController
public class StreamingController {
    private final StreamTokens tokens;
    private final StreamDemo demo;
    private final StreamPresence presence;

    public StreamingController(StreamTokens tokens, StreamDemo demo, StreamPresence presence) {
        this.tokens = tokens;
        this.demo = demo;
        this.presence = presence;
    }

    public record TokenResponse(String token) {}

    public record DemoResponse(
            String status, @JsonProperty("user_id") String userId, int seconds, List<String> types) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProducerState(
            @JsonProperty("user_id") String userId,
            @JsonProperty("connected_at") Instant connectedAt,
            @JsonProperty("device_connected") Boolean deviceConnected,
            @JsonProperty("device_id") String deviceId,
            String source,
            String reason,
            @JsonProperty("status_at") Instant statusAt) {}

    public record ConnectionsResponse(int consumers, List<ProducerState> producers) {}

    @PostMapping("/auth/developer")
    public ResponseEntity<TokenResponse> developerToken(
            HttpServletRequest req, @RequestParam(name = "reusable", required = false) boolean reusable) {
        EnvironmentRecord env = caller(req);
        if (env == null) return forbidden();
        return ResponseEntity.ok(new TokenResponse(tokens.developerToken(env, reusable)));
    }

    @PostMapping("/auth/user")
    public ResponseEntity<TokenResponse> userToken(
            HttpServletRequest req,
            @RequestParam(name = "id", required = false) String id,
            @RequestParam(name = "reusable", required = false) boolean reusable) {
        if (id == null || id.isBlank())
            throw ApiException.badRequest("the 'id' query parameter (a user_id) is required");
        EnvironmentRecord env = caller(req);
        if (env == null) return forbidden();
        Optional<String> token = tokens.userToken(env, id, reusable);
        return token.map(t -> ResponseEntity.ok(new TokenResponse(t))).orElseGet(StreamingController::forbidden);
    }

    /** Starts the simulated feed of a sandbox user for {@code seconds} (default 60, at most 3600). */
    @PostMapping("/v2/streaming/demo")
    public ResponseEntity<DemoResponse> startDemo(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "seconds", required = false) Integer seconds) {
        StreamDemo.Started s = demo.start(env, userId, seconds);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new DemoResponse("streaming", s.userId().toString(), s.seconds(), s.types()));
    }

    /** Who is streaming on this node: consumer sessions, and each producer's socket and reported device link. */
    @GetMapping("/v2/streaming/connections")
    public ConnectionsResponse connections(EnvironmentRecord env) {
        StreamPresence.State st = presence.state(env.id());
        return new ConnectionsResponse(
                st.consumers(),
                st.producers().stream()
                        .map(p -> new ProducerState(
                                p.userId().toString(),
                                p.connectedAt(),
                                p.deviceConnected(),
                                p.deviceId(),
                                p.source(),
                                p.reason(),
                                p.statusAt()))
                        .toList());
    }

    /** The caller's environment; null for wrong credentials (403); 400 when they are missing or malformed. */
    private EnvironmentRecord caller(HttpServletRequest req) {
        StreamTokens.Caller c = tokens.authenticate(
                req.getHeader("dev-id"), req.getHeader("x-api-key"), req.getHeader("Authorization"));
        if (c.refusal() == StreamTokens.Refusal.MISSING_CREDENTIALS)
            throw ApiException.badRequest(
                    "credentials are missing: send dev-id and x-api-key headers, or Authorization: Basic"
                            + " base64(dev-id:api-key)");
        if (c.refusal() == StreamTokens.Refusal.MALFORMED_CREDENTIALS)
            throw ApiException.badRequest("the Authorization header must be Basic base64(dev-id:api-key)");
        return c.environment();
    }

    private static <T> ResponseEntity<T> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .build();
    }
}
