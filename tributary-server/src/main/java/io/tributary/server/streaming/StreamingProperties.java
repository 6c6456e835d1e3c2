package io.tributary.server.streaming;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Streaming API's {@code TRIBUTARY_STREAMING_*} settings (defaults in application.properties and the README's
 * table; docs/streaming.md explains them).
 *
 * @param bus how frames reach every node's consumers: {@code postgres} (LISTEN/NOTIFY, frames persisted for
 *     replay across restarts) or {@code memory} (one node, nothing persisted)
 * @param heartbeatInterval announced in HELLO
 * @param heartbeatTimeout a connection that sent no HEARTBEAT for this long is closed with 4005
 * @param identifyTimeout a connection that sent no IDENTIFY this long after HELLO is closed with 4000
 * @param tokenTtl lifetime of a single-use token
 * @param reusableTokenTtl lifetime of a token minted with {@code reusable=true}
 * @param bufferSize frames kept per environment for REPLAY
 * @param bufferAge how long a frame stays replayable
 * @param sendQueue frames queued per connection before a consumer that does not keep up is dropped (1011)
 * @param maxConsumers consumer sessions per environment on one node (beyond: 4002)
 * @param maxFrameBytes largest accepted text frame
 * @param demoUser a SANDBOX user id whose simulated feed streams from start until shutdown (the command-line flag
 *     {@code --tributary.streaming.demo-user=<user id>})
 */
@ConfigurationProperties("tributary.streaming")
public record StreamingProperties(
        String bus,
        Duration heartbeatInterval,
        Duration heartbeatTimeout,
        Duration identifyTimeout,
        Duration tokenTtl,
        Duration reusableTokenTtl,
        int bufferSize,
        Duration bufferAge,
        int sendQueue,
        int maxConsumers,
        int maxFrameBytes,
        String demoUser) {

    public StreamingProperties {
        if (bus == null || bus.isBlank()) bus = "postgres";
        bus = bus.trim().toLowerCase(java.util.Locale.ROOT);
        if (!bus.equals("postgres") && !bus.equals("memory"))
            throw new IllegalArgumentException("TRIBUTARY_STREAMING_BUS must be postgres or memory, not '" + bus + "'");
        if (heartbeatInterval == null) heartbeatInterval = Duration.ofSeconds(40);
        if (heartbeatTimeout == null) heartbeatTimeout = heartbeatInterval.plusSeconds(20);
        if (identifyTimeout == null) identifyTimeout = Duration.ofSeconds(15);
        if (tokenTtl == null) tokenTtl = Duration.ofMinutes(5);
        if (reusableTokenTtl == null) reusableTokenTtl = Duration.ofHours(24);
        if (bufferSize <= 0) bufferSize = 10_000;
        if (bufferAge == null) bufferAge = Duration.ofMinutes(10);
        if (sendQueue <= 0) sendQueue = 1024;
        if (maxConsumers <= 0) maxConsumers = 32;
        if (maxFrameBytes <= 0) maxFrameBytes = 65_536;
        if (demoUser != null && demoUser.isBlank()) demoUser = null;
    }
}
