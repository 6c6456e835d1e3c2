package io.tributary.server.delivery;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's background loops: run a step until stopped; an error is logged and retried after a second. */
final class Loops {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    interface Step {
        void run() throws Exception;
    }

    private Loops() {}

    static void run(String name, BooleanSupplier running, Step step) {
        while (running.getAsBoolean()) {
            try {
                step.run();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running.getAsBoolean()) return;
                log.warn("{}: {}", name, e.toString());
                sleep(1000);
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
