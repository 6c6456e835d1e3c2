package io.tributary.server.delivery.writer;

import io.tributary.server.delivery.DestinationConfig;
import io.tributary.server.delivery.DestinationSender;
import io.tributary.server.delivery.OutgoingEvent;
import io.tributary.server.delivery.SendOutcome;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bridge from the delivery engine to a destination writer ({@link Target}): validates and normalises the
 * configuration, keeps one open target (pool, client, producer) per destination id and version, and turns
 * write failures into {@link SendOutcome#retry} so the engine's retries, history and replay apply unchanged.
 *
 * @param <C> the type's validated configuration record
 */
public abstract class TargetSender<C> implements DestinationSender {
    private record Open(long version, Target target) {}

    private final Map<String, Open> open = new ConcurrentHashMap<>();

    /** The injected clock, for the times a target writes (row creation times, the ping object). */
    protected final Clock clock;

    protected TargetSender(Clock clock) {
        this.clock = clock;
    }

    /** Validates a plaintext configuration; throws a 400 {@code ApiException} naming every wrong field. */
    public abstract C parse(JsonNode cfg);

    /** The configuration to store: only the fields this type understands, defaults filled in. */
    public abstract ObjectNode normalize(C cfg);

    /** Opens a target; nothing is contacted yet. */
    public abstract Target open(String destinationId, C cfg);

    /**
     * Whether periodic {@code healthcheck} events are written to the target like any other event (queues, where
     * a consumer may watch them) or only prove connectivity through {@link Target#ping()} (tables, buckets).
     */
    protected boolean writesHealthchecks() {
        return false;
    }

    /**
     * Validates the fields, then (unless the body says {@code "verify": false}) opens the target and pings it,
     * so a destination whose credentials or address do not work is refused with a 400 before it is saved.
     */
    @Override
    public ObjectNode validateConfig(JsonNode config, EnvironmentRecord env) {
        C cfg = parse(config);
        boolean verify =
                config == null || !config.has("verify") || config.get("verify").asBoolean(true);
        if (verify) {
            try (Target t = open("verify", cfg)) {
                t.ping();
            } catch (TargetException e) {
                throw ApiException.badRequest("The " + type() + " destination did not pass the ping: " + e.getMessage()
                        + " (fix the configuration, or send \"verify\": false to save it anyway)");
            }
        }
        return normalize(cfg);
    }

    @Override
    public SendOutcome send(DestinationConfig destination, OutgoingEvent event) {
        if ("healthcheck".equals(event.type()) && !writesHealthchecks()) return ping(destination, event);
        long t0 = System.nanoTime();
        try {
            target(destination).write(TargetEvent.from(event));
            return SendOutcome.success(null, "written in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            return SendOutcome.retry(null, error(e), null);
        }
    }

    /** Every writer has a batch form (see {@link Target#writeBatch}). */
    @Override
    public boolean batches() {
        return true;
    }

    /**
     * Writes the batch's events through {@link Target#writeBatch} and turns each event's failure into its own
     * {@link SendOutcome#retry}; healthchecks of types that do not write them are pings, as in {@link #send}.
     */
    @Override
    public List<SendOutcome> sendBatch(DestinationConfig destination, List<OutgoingEvent> events) {
        SendOutcome[] out = new SendOutcome[events.size()];
        List<Integer> at = new ArrayList<>(events.size());
        List<TargetEvent> writes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            OutgoingEvent e = events.get(i);
            if ("healthcheck".equals(e.type()) && !writesHealthchecks()) out[i] = ping(destination, e);
            else {
                at.add(i);
                writes.add(TargetEvent.from(e));
            }
        }
        if (!writes.isEmpty()) {
            long t0 = System.nanoTime();
            List<RuntimeException> failures;
            try {
                failures = target(destination).writeBatch(writes);
            } catch (RuntimeException e) {
                failures = java.util.Collections.nCopies(writes.size(), e);
            }
            String written =
                    "written in " + (System.nanoTime() - t0) / 1_000_000 + " ms (batch of " + writes.size() + ")";
            for (int k = 0; k < writes.size(); k++) {
                RuntimeException f = k < failures.size() ? failures.get(k) : new TargetException("no result");
                out[at.get(k)] =
                        f == null ? SendOutcome.success(null, written) : SendOutcome.retry(null, error(f), null);
            }
        }
        return List.of(out);
    }

    /**
     * The attempt's error text. A failure the target reported as a configuration problem (wrong credentials,
     * missing bucket/queue/topic, access denied) starts with {@link #CONFIGURATION_ERROR} so the developer sees
     * that retries will not help until the destination is fixed; it is still retried on the schedule, so the
     * events arrive once it is.
     */
    static String error(RuntimeException e) {
        String s = e instanceof TargetException t ? t.getMessage() : TargetException.describe(e);
        if (s == null || s.isBlank()) s = TargetException.describe(e);
        if (s.length() > 600) s = s.substring(0, 600) + "…";
        return e instanceof TargetException t && !t.retryable() ? CONFIGURATION_ERROR + s : s;
    }

    /** Prefix of an attempt error that retrying alone cannot fix. */
    public static final String CONFIGURATION_ERROR = "configuration error (fix the destination; retries continue): ";

    @Override
    public SendOutcome ping(DestinationConfig destination, OutgoingEvent healthcheckEvent) {
        try {
            Target t = target(destination);
            t.ping();
            if (writesHealthchecks()) t.write(TargetEvent.from(healthcheckEvent));
            return SendOutcome.success(null, "ok");
        } catch (RuntimeException e) {
            return SendOutcome.retry(null, error(e), null);
        }
    }

    private Target target(DestinationConfig d) {
        Open o = open.compute(d.id(), (id, cur) -> {
            if (cur != null && cur.version() == d.version()) return cur;
            if (cur != null) cur.target().close();
            return new Open(d.version(), open(id, parse(d.config())));
        });
        return o.target();
    }

    @Override
    public void forget(String destinationId) {
        Open o = open.remove(destinationId);
        if (o != null) o.target().close();
    }

    @PreDestroy
    public void closeAll() {
        open.keySet().forEach(this::forget);
    }
}
