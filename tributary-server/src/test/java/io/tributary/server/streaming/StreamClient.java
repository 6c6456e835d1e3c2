package io.tributary.server.streaming;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real websocket client for the tests (the JDK's {@code java.net.http.WebSocket}): frames received go to a
 * queue, the close code to a future. {@link #pause} stops reading from the socket (a slow consumer) until {@link
 * #resume}.
 */
final class StreamClient implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Close(int code, String reason) {}

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket ws;
    private volatile Thread heartbeats;

    StreamClient(int port) {
        this.ws = HTTP.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/connect"), new Listener())
                .join();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public void onOpen(WebSocket w) {
            w.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            if (!paused.get()) w.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
            closed.complete(new Close(code, reason));
            return null;
        }

        @Override
        public void onError(WebSocket w, Throwable error) {
            closed.complete(new Close(-1, String.valueOf(error)));
        }
    }

    synchronized StreamClient send(String text) {
        ws.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
        return this;
    }

    /** Sends even when the server is already closing (for tests whose frame is answered by a close). */
    void sendQuietly(String text) {
        try {
            send(text);
        } catch (RuntimeException e) {
            // the server closed first
        }
    }

    /** The next frame, or fails after the timeout. */
    JsonNode next(long millis) throws InterruptedException {
        JsonNode f = frames.poll(millis, TimeUnit.MILLISECONDS);
        if (f == null) throw new AssertionError("no frame within " + millis + " ms; closed: " + closed.getNow(null));
        return f;
    }

    /** The next frame other than HEARTBEAT_ACK. */
    JsonNode nextData(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            JsonNode f = next(Math.max(1, deadline - System.currentTimeMillis()));
            if (f.get("op").asInt() != 1) return f;
        }
    }

    JsonNode poll(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    int pending() {
        return frames.size();
    }

    Close awaitClose(long millis) {
        return closed.orTimeout(millis, TimeUnit.MILLISECONDS).join();
    }

    /** HELLO, then IDENTIFY with this token and type, then READY; heartbeats every 400 ms from then on. */
    StreamClient identify(String token, int type) throws InterruptedException {
        JsonNode hello = next(5000);
        if (hello.get("op").asInt() != 2) throw new AssertionError("expected HELLO, got " + hello);
        send("{\"op\":3,\"d\":{\"token\":\"" + token + "\",\"type\":" + type + "}}");
        JsonNode ready = next(5000);
        if (ready.get("op").asInt() != 4) throw new AssertionError("expected READY, got " + ready);
        heartbeatEvery(400);
        return this;
    }

    void heartbeatEvery(long millis) {
        Thread t = new Thread(() -> {
            try {
                while (!closed.isDone()) {
                    Thread.sleep(millis);
                    sendQuietly("{\"op\":0}");
                }
            } catch (InterruptedException e) {
                // stopped
            }
        });
        t.setDaemon(true);
        t.start();
        heartbeats = t;
    }

    void stopHeartbeats() {
        Thread t = heartbeats;
        if (t != null) t.interrupt();
    }

    void pause() {
        paused.set(true);
    }

    void resume() {
        paused.set(false);
        ws.request(Long.MAX_VALUE);
    }

    @Override
    public void close() {
        stopHeartbeats();
        if (!closed.isDone()) {
            try {
                ws.sendClose(1000, "").orTimeout(2, TimeUnit.SECONDS).join();
            } catch (RuntimeException e) {
                ws.abort();
            }
        }
    }
}
