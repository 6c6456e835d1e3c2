package io.tributary.server.delivery;

/** A wake-up flag: {@link #raise} wakes one waiting loop at once; {@link #await} also returns after a timeout. */
final class Signal {
    private boolean raised;

    synchronized void raise() {
        raised = true;
        notifyAll();
    }

    synchronized void await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!raised) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) break;
            wait(left);
        }
        raised = false;
    }
}
