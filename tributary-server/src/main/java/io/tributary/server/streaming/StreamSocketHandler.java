package io.tributary.server.streaming;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /connect} protocol of rt.asyncapi.yaml: HELLO on open, HEARTBEAT → HEARTBEAT_ACK, IDENTIFY → READY,
 * SUBMIT (producers), REPLAY (consumers), STATUS (producers, never dispatched). Every violation ends in the
 * documented close code; nothing a client sends can throw out of here.
 */
@Component
class StreamSocketHandler extends AbstractWebSocketHandler {
    private static final Logger log = LoggerFactory.getLogger(StreamSocketHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONNECTION = StreamConnection.class.getName();
    static final String ACK = "{\"op\":1}";
    static final String READY = "{\"op\":4}";
    /** How long REPLAY waits for a consumer's queue to have room before it is treated as too slow. */
    static final long REPLAY_WAIT_MILLIS = 10_000;

    private final StreamingProperties props;
    private final StreamHub hub;
    private final StreamBus bus;
    private final StreamTokens tokens;
    private final StreamPresence presence;
    private final String hello;
    private final ExecutorService closer = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stream-close");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stream-deadlines");
        t.setDaemon(true);
        return t;
    });

    StreamSocketHandler(
            StreamingProperties props, StreamHub hub, StreamBus bus, StreamTokens tokens, StreamPresence presence) {
        this.props = props;
        this.hub = hub;
        this.bus = bus;
        this.tokens = tokens;
        this.presence = presence;
        this.hello = "{\"op\":2,\"d\":{\"heartbeat_interval\":"
                + props.heartbeatInterval().toMillis() + "}}";
        long tick = Math.max(
                20,
                Math.min(
                                props.identifyTimeout().toMillis(),
                                props.heartbeatTimeout().toMillis())
                        / 20);
        sweeper.scheduleWithFixedDelay(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        StreamConnection c = new StreamConnection(session, closer, props.sendQueue());
        session.getAttributes().put(CONNECTION, c);
        hub.opened(c);
        c.send(hello);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        StreamConnection c = connection(session);
        if (c == null || c.closing()) return;
        try {
            handle(c, message.getPayload());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.close(StreamCloses.INTERNAL);
        } catch (RuntimeException e) {
            log.warn("stream frame on {} failed: {}", c.id(), e.toString());
            c.close(StreamCloses.INTERNAL);
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        StreamConnection c = connection(session);
        if (c != null) c.close(StreamCloses.MALFORMED); // every frame is a JSON text message
    }

    private void handle(StreamConnection c, String text) throws InterruptedException {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (JacksonException e) {
            c.close(StreamCloses.MALFORMED);
            return;
        }
        JsonNode op = frame == null ? null : frame.get("op");
        if (frame == null || !frame.isObject() || op == null || !op.isIntegralNumber() || !op.canConvertToInt()) {
            c.close(StreamCloses.MALFORMED);
            return;
        }
        JsonNode d = frame.get("d");
        switch (op.intValue()) {
            case 0 -> heartbeat(c);
            case 3 -> identify(c, d);
            case 6 -> submit(c, d, frame.get("t"));
            case 7 -> replay(c, d);
            case 8 -> status(c, d);
            default -> c.close(StreamCloses.BAD_OPCODE); // 1, 2, 4, 5 are the server's; anything else is unknown
        }
    }

    private void heartbeat(StreamConnection c) {
        c.lastHeartbeatNanos = System.nanoTime();
        c.send(ACK);
    }

    private void identify(StreamConnection c, JsonNode d) {
        if (!c.startIdentify()) {
            c.close(StreamCloses.ALREADY_IDENTIFIED);
            return;
        }
        JsonNode token = d == null ? null : d.get("token");
        JsonNode type = d == null ? null : d.get("type");
        if (token == null || !token.isString() || type == null || !type.isIntegralNumber()) {
            c.close(StreamCloses.BAD_TOKEN);
            return;
        }
        String role = switch (type.asInt(-1)) {
            case 0 -> StreamTokens.USER;
            case 1 -> StreamTokens.DEVELOPER;
            default -> null;
        };
        Optional<StreamTokens.Grant> grant = role == null ? Optional.empty() : tokens.redeem(token.asString(), role);
        if (grant.isEmpty()) {
            c.close(StreamCloses.BAD_TOKEN);
            return;
        }
        c.environmentId = grant.get().environmentId();
        c.userId = grant.get().userId();
        if (role.equals(StreamTokens.DEVELOPER)) {
            c.role = StreamConnection.Role.CONSUMER;
            if (!hub.addConsumer(c)) {
                c.close(StreamCloses.SESSION_LIMIT);
                return;
            }
        } else {
            c.role = StreamConnection.Role.PRODUCER;
            presence.producerConnected(c);
        }
        c.send(READY);
    }

    private void submit(StreamConnection c, JsonNode d, JsonNode t) {
        if (c.role != StreamConnection.Role.PRODUCER) {
            c.close(StreamCloses.BAD_OPCODE);
            return;
        }
        if (d == null || !d.isObject() || t == null || !t.isString() || !dataType(t.asString())) {
            c.close(StreamCloses.MALFORMED);
            return;
        }
        Submission s = new Submission(c.environmentId, c.userId, t.asString(), d.toString(), false);
        if (!bus.publish(s)) c.close(StreamCloses.SUBMIT_FAILED);
    }

    /** A data type label: 1 to 100 characters, none of them a control character. */
    static boolean dataType(String t) {
        if (t.isBlank() || t.length() > 100) return false;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) < 0x20 || t.charAt(i) == 0x7f) return false;
        return true;
    }

    private void replay(StreamConnection c, JsonNode d) throws InterruptedException {
        if (c.role != StreamConnection.Role.CONSUMER) {
            c.close(StreamCloses.BAD_OPCODE);
            return;
        }
        if (d == null || !d.isObject()) {
            c.close(StreamCloses.BAD_REPLAY);
            return;
        }
        JsonNode after = d.get("after");
        JsonNode before = d.get("before");
        if (!bound(after) || !bound(before)) {
            c.close(StreamCloses.BAD_REPLAY);
            return;
        }
        long a = after == null || after.isNull() ? 0 : after.longValue();
        long b = before == null || before.isNull() ? 0 : before.longValue(); // no `before`: matches nothing
        List<Dispatch> frames = bus.replay(c.environmentId, a, b);
        for (Dispatch f : frames) if (!c.sendPatiently(f.wire(), REPLAY_WAIT_MILLIS)) return;
    }

    private static boolean bound(JsonNode n) {
        return n == null || n.isNull() || (n.isIntegralNumber() && n.canConvertToLong());
    }

    /** Presence only; a malformed STATUS is dropped without closing the socket (rt.asyncapi.yaml). */
    private void status(StreamConnection c, JsonNode d) {
        if (c.role != StreamConnection.Role.PRODUCER) {
            c.close(StreamCloses.BAD_OPCODE);
            return;
        }
        if (d == null
                || !d.isObject()
                || d.get("connected") == null
                || !d.get("connected").isBoolean()) return;
        presence.status(
                c, d.get("connected").booleanValue(), text(d, "device_id"), text(d, "source"), text(d, "reason"));
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || !v.isString()) return null;
        String s = v.asString();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("stream transport error on {}: {}", session.getId(), exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        StreamConnection c = connection(session);
        if (c == null) return;
        hub.closed(c);
        if (c.role == StreamConnection.Role.PRODUCER) presence.producerDisconnected(c);
    }

    /** Identify timeout (4000) and heartbeat deadline (4005). */
    private void sweep() {
        try {
            long now = System.nanoTime();
            long identify = props.identifyTimeout().toNanos();
            long heartbeat = props.heartbeatTimeout().toNanos();
            for (StreamConnection c : hub.connections()) {
                if (c.closing()) continue;
                if (!c.identified() && now - c.openedNanos > identify) c.close(StreamCloses.IDENTIFY_TIMEOUT);
                else if (now - c.lastHeartbeatNanos > heartbeat) c.close(StreamCloses.HEARTBEAT_MISSED);
            }
        } catch (RuntimeException e) {
            log.warn("stream deadline sweep failed: {}", e.toString());
        }
    }

    private static StreamConnection connection(WebSocketSession session) {
        return (StreamConnection) session.getAttributes().get(CONNECTION);
    }

    @PreDestroy
    void shutdown() {
        sweeper.shutdownNow();
        for (StreamConnection c : hub.connections()) c.close(new CloseStatus(1001, "server shutting down"));
        closer.shutdown();
        try {
            closer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
