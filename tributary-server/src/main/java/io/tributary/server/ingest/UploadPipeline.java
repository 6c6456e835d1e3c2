package io.tributary.server.ingest;

import io.tributary.files.FileParsers;
import io.tributary.files.ParseLimits;
import io.tributary.model.TerraDataModel;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * One file through {@link FileParsers} into {@link DataIngest}: the parser runs on the calling thread and hands
 * records over in batches of {@value #BATCH} to {@value #INGEST_THREADS} ingest threads (the database is the slow
 * part), through a queue of a few batches, so a file's records are never all in memory. Used by the upload workers
 * and the command-line import alike.
 */
@Component
public class UploadPipeline {
    static final int BATCH = 50;
    static final int INGEST_THREADS = 2;

    /** Called with every record and every progress report; throws to stop the import (a budget ran out). */
    @FunctionalInterface
    public interface Checkpoint {
        Checkpoint NONE = () -> {};

        void check();
    }

    private final DataIngest ingest;
    private final UploadStaging staging;

    public UploadPipeline(DataIngest ingest, UploadStaging staging) {
        this.ingest = ingest;
        this.staging = staging;
    }

    ParseLimits limits() {
        return staging.limits();
    }

    /**
     * Parses {@code file} and ingests its records; progress callbacks receive bytes read (Apple exports) and
     * records ingested so far. Events carry {@code reference} as their {@code terra-reference}.
     */
    public UploadService.Result process(
            EnvironmentRecord env,
            User user,
            Path file,
            String filename,
            String reference,
            LongConsumer bytesProgress,
            LongConsumer recordProgress,
            Checkpoint checkpoint) {
        BlockingQueue<List<TerraDataModel>> queue = new ArrayBlockingQueue<>(INGEST_THREADS * 2);
        List<TerraDataModel> poison = List.of();
        AtomicInteger total = new AtomicInteger();
        // RuntimeException or Error (OutOfMemoryError): a batch that could not be stored fails the import
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < INGEST_THREADS; i++) {
            Thread t = new Thread(
                    () -> {
                        while (true) {
                            List<TerraDataModel> b = takeUninterruptibly(queue);
                            if (b == poison) {
                                return;
                            }
                            if (failure.get() != null || stop.get()) {
                                continue; // drain what is queued without storing it
                            }
                            try {
                                checkpoint.check();
                                ingest.ingest(env, user, b, reference);
                                recordProgress.accept(total.addAndGet(b.size()));
                            } catch (RuntimeException | Error e) {
                                failure.compareAndSet(null, e);
                            }
                        }
                    },
                    "upload-ingest");
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        List<TerraDataModel> batch = new ArrayList<>(BATCH);
        FileParsers.ParseResult r;
        boolean parsed = false;
        try {
            r = new FileParsers(staging.limits(), staging.dir())
                    .parse(
                            file,
                            filename,
                            b -> {
                                checkpoint.check();
                                bytesProgress.accept(b);
                            },
                            item -> {
                                if (failure.get() != null) {
                                    throw rethrow(failure.get());
                                }
                                checkpoint.check();
                                batch.add(item);
                                if (batch.size() >= BATCH) {
                                    putUninterruptibly(queue, new ArrayList<>(batch));
                                    batch.clear();
                                }
                            });
            if (!batch.isEmpty()) {
                putUninterruptibly(queue, new ArrayList<>(batch));
            }
            parsed = true;
        } finally {
            // an interrupted or failed parse still stops its ingest threads (never leaves them waiting)
            boolean interrupted = Thread.interrupted();
            stop.set(!parsed);
            for (int i = 0; i < threads.size(); i++) {
                putUninterruptibly(queue, poison);
            }
            for (Thread t : threads) {
                joinUninterruptibly(t);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw rethrow(failure.get());
        }
        return new UploadService.Result(r.format(), total.get());
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (RuntimeException) t;
    }

    private static <T> T takeUninterruptibly(BlockingQueue<T> q) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return q.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    q.put(item);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    t.join();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
