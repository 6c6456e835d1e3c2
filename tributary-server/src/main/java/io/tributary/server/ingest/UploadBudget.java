package io.tributary.server.ingest;

import java.time.Duration;

/**
 * The time one attempt at an upload may take (TRIBUTARY_UPLOAD_TIMEOUT). When it runs out, or the node lost the
 * upload, the import stops at its next record or progress report and its thread is interrupted (which also ends a
 * read blocked in the file: the spool is read through interruptible channels), so a file that cannot finish frees
 * its worker instead of holding it for ever.
 */
final class UploadBudget implements UploadPipeline.Checkpoint {
    /** Thrown at a checkpoint once the budget is spent. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Thread worker;
    private final long deadline;
    private final Duration timeout;
    private String reason;
    private boolean finished;

    UploadBudget(Thread worker, Duration timeout) {
        this.worker = worker;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    @Override
    public void check() {
        String r = checkTime();
        if (r != null) {
            throw new Exceeded(r);
        }
    }

    /** Stops the import once the time is up; returns the reason it is stopped, or null. */
    synchronized String checkTime() {
        if (reason == null && System.nanoTime() - deadline > 0) {
            stop("the import took longer than its budget of " + human(timeout) + " (TRIBUTARY_UPLOAD_TIMEOUT)");
        }
        return reason;
    }

    /** Stops the import: its next checkpoint throws and its thread is interrupted (unless it already ended). */
    synchronized void stop(String why) {
        if (reason == null) {
            reason = why;
        }
        if (!finished) {
            worker.interrupt();
        }
    }

    /** The attempt ended; no interrupt may reach its thread any more. */
    synchronized void finish() {
        finished = true;
    }

    synchronized boolean exceeded() {
        return reason != null;
    }

    synchronized String reason() {
        return reason;
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 && s >= 60 ? (s / 60) + " min" : s + " s";
    }
}
