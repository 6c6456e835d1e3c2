package io.tributary.server.streaming;

import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One {@code /connect} socket. Every outgoing frame goes through a bounded queue drained by the container's
 * asynchronous sends (one in flight at a time), so fan-out never waits for a slow reader: when the queue is full the
 * connection is closed with 1011 instead of holding memory or slowing the other consumers. Closing runs on {@code
 * closer}, never on the caller's thread (a close may wait for the in-flight write).
 */
final class StreamConnection {
    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    enum Role {
        PRODUCER,
        CONSUMER
    }

    private final WebSocketSession session;
    private final Session nativeSession;
    private final Executor closer;
    private final int queueLimit;
    private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean identifying = new AtomicBoolean();
    final long openedNanos = System.nanoTime();
    volatile long lastHeartbeatNanos = openedNanos;
    volatile Role role;
    volatile UUID environmentId;
    volatile UUID userId;
    volatile CloseStatus closedWith;

    StreamConnection(WebSocketSession session, Executor closer, int queueLimit) {
        this.session = session;
        this.nativeSession = ((org.springframework.web.socket.adapter.NativeWebSocketSession) session)
                .getNativeSession(Session.class);
        this.closer = closer;
        this.queueLimit = queueLimit;
    }

    String id() {
        return session.getId();
    }

    boolean identified() {
        return role != null;
    }

    /** True for the first IDENTIFY only (a second one is 4003, even while the first is being checked). */
    boolean startIdentify() {
        return identifying.compareAndSet(false, true);
    }

    boolean open() {
        return !closing.get() && session.isOpen();
    }

    /** Queues a frame; false (and the connection is closing with 1011) when the queue is full. */
    boolean send(String text) {
        if (closing.get()) return false;
        if (queued.incrementAndGet() > queueLimit) {
            queued.decrementAndGet();
            close(StreamCloses.SLOW_CONSUMER);
            return false;
        }
        queue.add(text);
        pump();
        return true;
    }

    /**
     * Queues a frame, waiting up to {@code timeoutMillis} for room (REPLAY answers in bulk, on the requesting
     * connection's own thread); false when the connection closed or stayed full.
     */
    boolean sendPatiently(String text, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (queued.get() >= queueLimit - 1) {
            if (closing.get()) return false;
            if (System.nanoTime() > deadline) return send(text);
            Thread.sleep(1);
        }
        return send(text);
    }

    int queued() {
        return queued.get();
    }

    /**
     * Starts the next send unless one is in flight. The container may call {@link #sent} on this very thread before
     * {@code sendText} returns; that nested call only flags {@code again} and this loop continues, so a long queue
     * never becomes a deep stack.
     */
    private void pump() {
        Pumping p = PUMPING.get();
        if (p.connection == this) {
            p.again = true;
            return;
        }
        StreamConnection outer = p.connection;
        p.connection = this;
        try {
            do {
                p.again = false;
                pumpOnce();
            } while (p.again);
        } finally {
            p.connection = outer;
        }
    }

    private static final class Pumping {
        StreamConnection connection;
        boolean again;
    }

    private static final ThreadLocal<Pumping> PUMPING = ThreadLocal.withInitial(Pumping::new);

    private void pumpOnce() {
        while (true) {
            if (!sending.compareAndSet(false, true)) return;
            String next = closing.get() ? null : queue.poll();
            if (next == null) {
                sending.set(false);
                if (closing.get()) {
                    closeNow();
                    return;
                }
                if (queue.isEmpty()) return;
                continue; // a frame arrived between poll and reset
            }
            queued.decrementAndGet();
            try {
                nativeSession.getAsyncRemote().sendText(next, this::sent);
            } catch (RuntimeException e) {
                sending.set(false);
                close(StreamCloses.INTERNAL);
                closeNow();
            }
            return;
        }
    }

    private void sent(SendResult r) {
        sending.set(false);
        if (!r.isOK()) {
            log.debug("stream send failed on {}: {}", id(), String.valueOf(r.getException()));
            close(
                    r.getException() instanceof java.net.SocketTimeoutException
                            ? StreamCloses.SLOW_CONSUMER
                            : StreamCloses.INTERNAL);
            closeNow();
            return;
        }
        if (closing.get()) closeNow();
        else if (!queue.isEmpty()) pump();
    }

    /**
     * Closes once with this status (later calls are ignored), off the caller's thread. Frames still queued are
     * dropped, and the close frame waits for the write in flight, so that even a consumer dropped for being slow
     * reads its close code once it catches up (a write that never completes fails after the container's async send
     * timeout, and then the socket is closed all the same).
     */
    void close(CloseStatus status) {
        if (!closing.compareAndSet(false, true)) return;
        closedWith = status;
        queue.clear();
        queued.set(0);
        if (!sending.get()) closeNow();
    }

    private final AtomicBoolean closeIssued = new AtomicBoolean();

    private void closeNow() {
        if (!closeIssued.compareAndSet(false, true)) return;
        CloseStatus status = closedWith;
        closer.execute(() -> {
            try {
                session.close(status);
            } catch (Exception e) {
                log.debug("closing {} with {}: {}", id(), status, e.toString());
            }
        });
    }

    boolean closing() {
        return closing.get();
    }
}
