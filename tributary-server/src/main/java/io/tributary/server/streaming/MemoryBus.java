package io.tributary.server.streaming;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node, nothing persisted ({@code TRIBUTARY_STREAMING_BUS=memory}): a frame is numbered and fanned out on the
 * submitting thread, and REPLAY answers from a {@link ReplayBuffer} per environment. Seqs come from {@link
 * SeqClock}, so they keep growing across restarts too.
 */
final class MemoryBus implements StreamBus {
    private final StreamHub hub;
    private final StreamingProperties props;
    private final Clock clock;
    private final SeqClock seqs;
    private final Map<UUID, ReplayBuffer> buffers = new ConcurrentHashMap<>();

    MemoryBus(StreamHub hub, StreamingProperties props, Clock clock) {
        this.hub = hub;
        this.props = props;
        this.clock = clock;
        this.seqs = new SeqClock(clock);
    }

    @Override
    public boolean publish(Submission s) {
        ReplayBuffer buffer = buffer(s.environmentId());
        synchronized (buffer) { // seq order = delivery order within an environment
            Dispatch d = new Dispatch(
                    seqs.next(),
                    s.environmentId(),
                    s.userId(),
                    s.dataType(),
                    s.payloadJson(),
                    s.synthetic(),
                    clock.instant());
            buffer.add(d);
            hub.deliver(d);
        }
        return true;
    }

    @Override
    public List<Dispatch> replay(UUID environmentId, long after, long before) {
        return buffer(environmentId).range(after, before, clock.instant());
    }

    private ReplayBuffer buffer(UUID env) {
        return buffers.computeIfAbsent(env, k -> new ReplayBuffer(props.bufferSize(), props.bufferAge()));
    }
}
