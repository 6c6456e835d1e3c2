package io.tributary.server.delivery.writer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one blocking write per event on a small pool of its own, so a batch for an object store (one PUT per
 * object, no batch API) waits for its slowest PUT instead of the sum of them. The pool is the target's: its size
 * bounds the PUTs in flight to that target whatever the number of batches.
 */
public final class ParallelWrites implements AutoCloseable {
    private final ExecutorService pool;
    private final Duration deadline;

    public ParallelWrites(String name, int threads, Duration deadline) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        p.allowCoreThreadTimeOut(true);
        this.pool = p;
        this.deadline = deadline;
    }

    /** Writes every event; per event, in order: null when written, else its failure. */
    public List<RuntimeException> run(List<TargetEvent> events, Consumer<TargetEvent> write) {
        List<Future<?>> futures = new ArrayList<>(events.size());
        for (TargetEvent e : events) futures.add(pool.submit(() -> write.accept(e)));
        long end = System.nanoTime() + deadline.toNanos();
        List<RuntimeException> out = new ArrayList<>(events.size());
        for (Future<?> f : futures) {
            try {
                f.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                out.add(null);
            } catch (java.util.concurrent.ExecutionException ex) {
                Throwable c = ex.getCause() == null ? ex : ex.getCause();
                out.add(c instanceof RuntimeException r ? r : new TargetException(TargetException.describe(c), c));
            } catch (TimeoutException ex) {
                f.cancel(true);
                out.add(new TargetException("write did not finish within " + deadline.toSeconds() + " s", ex));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                f.cancel(true);
                out.add(new TargetException("interrupted", ex));
            }
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
