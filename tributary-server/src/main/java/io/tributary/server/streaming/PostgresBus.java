package io.tributary.server.streaming;

import io.tributary.server.storage.StreamStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several nodes on one PostgreSQL ({@code TRIBUTARY_STREAMING_BUS=postgres}, the default). A writer thread takes
 * the submitted frames in batches, inserts them into {@code stream_frames} (which assigns the seq) and {@code
 * NOTIFY}s them in the same transaction; every node's listener thread, this one's included, fans them out to its
 * consumers. A notification carries the frames themselves up to the 8000-byte NOTIFY limit, a bigger frame only
 * its seq (listeners then read the row); notifications arrive in commit order, and writers serialise per environment, so every consumer sees an
 * environment's frames in seq order. The table is also the replay buffer, so a restart keeps the last {@code
 * TRIBUTARY_STREAMING_BUFFER_AGE}.
 */
final class PostgresBus implements StreamBus, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PostgresBus.class);
    static final int BATCH = 500;

    private final StreamStore store;
    private final StreamHub hub;
    private final StreamingProperties props;
    private final Clock clock;
    private final BlockingQueue<Submission> pending = new ArrayBlockingQueue<>(50_000);
    private volatile boolean running;
    private Thread writer;
    private Thread listener;

    PostgresBus(StreamStore store, StreamHub hub, StreamingProperties props, Clock clock) {
        this.store = store;
        this.hub = hub;
        this.props = props;
        this.clock = clock;
    }

    @Override
    public boolean publish(Submission s) {
        return running && pending.offer(s);
    }

    @Override
    public List<Dispatch> replay(UUID environmentId, long after, long before) {
        if (before <= after + 1) return List.of();
        List<Dispatch> out = new ArrayList<>();
        for (StreamStore.StoredFrame f : store.replay(
                environmentId, after, before, clock.instant().minus(props.bufferAge()), props.bufferSize()))
            out.add(dispatch(f));
        return out;
    }

    @Override
    public int backlog() {
        return pending.size();
    }

    private void write() {
        List<Submission> batch = new ArrayList<>(BATCH);
        while (running || !pending.isEmpty()) {
            try {
                Submission first = pending.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                pending.drainTo(batch, BATCH - 1);
                List<StreamStore.NewFrame> rows = new ArrayList<>(batch.size());
                for (Submission s : batch)
                    rows.add(new StreamStore.NewFrame(
                            s.environmentId(), s.userId(), s.dataType(), s.payloadJson(), s.synthetic()));
                appendWithRetry(rows);
            } catch (InterruptedException e) {
                if (!running) return;
            } finally {
                batch.clear();
            }
        }
    }

    /** A database hiccup is retried for a few seconds; after that the batch is dropped (and logged). */
    private void appendWithRetry(List<StreamStore.NewFrame> rows) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                store.appendFrames(rows);
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline || !running) {
                    log.error("dropping {} stream frames: {}", rows.size(), e.toString());
                    return;
                }
                log.warn("stream frames not written yet ({}); retrying", e.toString());
                Thread.sleep(250);
            }
        }
    }

    private void onNotification(String payload) {
        try {
            for (StreamStore.StoredFrame f : store.decode(payload)) hub.deliver(dispatch(f));
        } catch (RuntimeException e) {
            log.warn("could not read a stream notification: {}", e.toString());
        }
    }

    private static Dispatch dispatch(StreamStore.StoredFrame f) {
        return new Dispatch(
                f.seq(), f.environmentId(), f.userId(), f.dataType(), f.payloadJson(), f.synthetic(), f.createdAt());
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void trim() {
        if (running) store.trimFrames(clock.instant().minus(props.bufferAge()), props.bufferSize());
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(() -> store.listen(() -> running, () -> {}, this::onNotification), "stream-listen");
        listener.setDaemon(true);
        listener.start();
        writer = new Thread(this::write, "stream-write");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            if (writer != null) writer.join(5000);
            if (listener != null) listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the sockets' lifecycle has stopped taking frames, before the data source closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
