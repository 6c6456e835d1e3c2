package io.tributary.server.streaming;

import io.tributary.connectors.Connector;
import io.tributary.connectors.Connectors;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.StreamStore;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The demo producer: a simulated heart-rate, steps and cadence feed for a user of a synthetic-data provider (one
 * whose connector ships a built-in client, i.e. Tributary's own sandbox), so a developer can watch a stream
 * without a phone. One sample of each type per second through the same bus as real producers, every frame marked
 * {@code synthetic: true}. Started by {@code POST /v2/streaming/demo} or, until shutdown, by {@code
 * --tributary.streaming.demo-user=<user id>}.
 */
@Service
public class StreamDemo {
    private static final Logger log = LoggerFactory.getLogger(StreamDemo.class);
    public static final List<String> TYPES = List.of("HEART_RATE", "STEPS", "STEPS_CADENCE");
    public static final int MAX_SECONDS = 3600;

    private final StreamBus bus;
    private final StreamStore store;
    private final Connectors connectors;
    private final StreamingProperties props;
    private final Clock clock;
    private final Map<UUID, ScheduledFuture<?>> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stream-demo");
        t.setDaemon(true);
        return t;
    });

    StreamDemo(StreamBus bus, StreamStore store, Connectors connectors, StreamingProperties props, Clock clock) {
        this.bus = bus;
        this.store = store;
        this.connectors = connectors;
        this.props = props;
        this.clock = clock;
    }

    /** What starting a demo answers. */
    public record Started(UUID userId, int seconds, List<String> types) {}

    /** Streams for {@code seconds} (1..3600) for one of the environment's synthetic-data users; replaces a running one. */
    public Started start(EnvironmentRecord env, String userId, Integer seconds) {
        if (userId == null || userId.isBlank()) throw ApiException.badRequest("'user_id' is required");
        int s = seconds == null ? 60 : seconds;
        if (s < 1 || s > MAX_SECONDS) throw ApiException.badRequest("'seconds' must be between 1 and " + MAX_SECONDS);
        UUID id;
        try {
            id = UUID.fromString(userId.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no user " + userId + " in this environment");
        }
        Optional<StreamStore.UserProvider> user =
                store.userProvider(id).filter(u -> u.environmentId().equals(env.id()));
        if (user.isEmpty()) throw ApiException.notFound("no user " + userId + " in this environment");
        if (!synthetic(user.get().provider()))
            throw ApiException.badRequest("the demo stream is for sandbox users only; user " + id + " is connected to "
                    + user.get().provider());
        run(env.id(), id, s);
        return new Started(id, s, TYPES);
    }

    private boolean synthetic(String provider) {
        return connectors.find(provider).flatMap(Connector::builtInClient).isPresent();
    }

    private void run(UUID env, UUID user, int seconds) {
        Feed feed = new Feed(env, user, clock.instant().plusSeconds(seconds));
        ScheduledFuture<?> f = timer.scheduleAtFixedRate(feed, 0, 1, TimeUnit.SECONDS);
        feed.future = f;
        ScheduledFuture<?> old = running.put(user, f);
        if (old != null) old.cancel(false);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startFromCommandLine() {
        if (props.demoUser() == null) return;
        try {
            UUID id = UUID.fromString(props.demoUser().trim());
            Optional<StreamStore.UserProvider> u = store.userProvider(id);
            if (u.isEmpty() || !synthetic(u.get().provider())) {
                log.error("--tributary.streaming.demo-user={}: no sandbox user with that id", id);
                return;
            }
            run(u.get().environmentId(), id, Integer.MAX_VALUE / 2);
            log.info("streaming a simulated heart-rate/steps/cadence feed for sandbox user {}", id);
        } catch (IllegalArgumentException e) {
            log.error("--tributary.streaming.demo-user: not a user id: {}", props.demoUser());
        }
    }

    boolean running(UUID user) {
        ScheduledFuture<?> f = running.get(user);
        return f != null && !f.isDone();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** A resting-then-jogging person: heart rate and cadence follow a slow wave, steps accumulate. */
    private final class Feed implements Runnable {
        private final UUID env;
        private final UUID user;
        private final Instant until;
        private final Random random;
        private long steps;
        private int tick;
        volatile ScheduledFuture<?> future;

        Feed(UUID env, UUID user, Instant until) {
            this.env = env;
            this.user = user;
            this.until = until;
            this.random = new Random(user.getLeastSignificantBits());
        }

        @Override
        public void run() {
            Instant now = clock.instant();
            if (now.isAfter(until)) {
                if (future != null) future.cancel(false);
                running.remove(user, future);
                return;
            }
            double effort = 0.5 + 0.5 * Math.sin(tick++ / 30.0); // a 3-minute cycle between rest and a jog
            int cadence = (int) Math.round(effort * 165 + random.nextGaussian() * 3);
            if (cadence < 0) cadence = 0;
            double hr = 62 + effort * 88 + random.nextGaussian() * 2;
            steps += Math.round(cadence / 60.0);
            String ts = now.toString();
            publish("HEART_RATE", ts, String.format(Locale.ROOT, "%.1f", hr));
            publish("STEPS", ts, Long.toString(steps));
            publish("STEPS_CADENCE", ts, Integer.toString(cadence));
        }

        private void publish(String type, String ts, String val) {
            bus.publish(new Submission(env, user, type, "{\"ts\":\"" + ts + "\",\"val\":" + val + "}", true));
        }
    }
}
