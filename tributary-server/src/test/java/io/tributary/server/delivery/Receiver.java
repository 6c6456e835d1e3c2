package io.tributary.server.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A webhook receiver for tests that records every request in arrival order and answers as told. */
public final class Receiver implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<Request, Integer> answer = r -> 200;
    private volatile long delayMs;

    public record Request(int index, long receivedNanos, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            for (var e : headers.entrySet())
                if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
            return null;
        }

        public String bodyString() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            Request r;
            synchronized (requests) {
                r = new Request(requests.size(), System.nanoTime(), Map.copyOf(ex.getRequestHeaders()), body);
                requests.add(r);
            }
            try {
                if (delayMs > 0) Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = answer.apply(r);
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void answer(Function<Request, Integer> f) {
        this.answer = f;
    }

    public void status(int s) {
        this.answer = r -> s;
    }

    public void delay(long ms) {
        this.delayMs = ms;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Waits until {@code done} holds for the recorded requests, or fails after {@code seconds}. */
    public List<Request> await(int seconds, java.util.function.Predicate<List<Request>> done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            List<Request> rs = requests();
            if (done.test(rs)) return rs;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("receiver condition not met within " + seconds + " s; got "
                + requests().size() + " requests");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
