package io.tributary.server.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook HTTP/1.1 client against a scripted socket server: what it sends, how it reads every shape of
 * answer (length, chunked, until close, interim 1xx), when it reuses a connection and when it must not.
 */
class WebhookHttpTest {
    private final WebhookHttp http = new WebhookHttp((SSLSocketFactory) SSLSocketFactory.getDefault(), 2000);
    private Scripted server;

    @AfterEach
    void stop() throws IOException {
        http.close();
        if (server != null) server.close();
    }

    @Test
    void sendsTheRequestAndReusesTheConnection() throws Exception {
        server = new Scripted((req, n) -> "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        for (int i = 0; i < 5; i++) {
            WebhookHttp.Response r = post("/hook?x=1", "{\"n\":" + i + "}");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("ok");
        }
        assertThat(server.connections).hasValue(1);
        String first = server.requests.get(0);
        assertThat(first).startsWith("POST /hook?x=1 HTTP/1.1\r\n");
        assertThat(first).contains("Host: 127.0.0.1:" + server.port() + "\r\n");
        assertThat(first).contains("X-Test: yes\r\n");
        assertThat(first).contains("Content-Length: 7\r\n\r\n{\"n\":0}");
    }

    @Test
    void chunkedBodyIsReadAndOnlyTheFirst2KiBKept() throws Exception {
        String big = "y".repeat(5000);
        server = new Scripted(
                (req, n) -> "HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n" + "3;ext=1\r\nabc\r\n"
                        + Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\nX-Trailer: 1\r\n\r\n");
        WebhookHttp.Response r = post("/", "{}");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).hasSize(WebhookHttp.RESPONSE_LIMIT).startsWith("abcyyy");
        assertThat(post("/", "{}").status()).isEqualTo(500); // still in step: the same connection answers again
        assertThat(server.connections).hasValue(1);
    }

    @Test
    void interimResponsesAreSkippedAndRetryAfterIsRead() throws Exception {
        server = new Scripted((req, n) ->
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n");
        WebhookHttp.Response r = post("/", "{}");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.retryAfter()).isEqualTo("7");
        assertThat(r.body()).isNull();
    }

    @Test
    void aBodyUntilCloseAndConnectionCloseAreNotReused() throws Exception {
        server = new Scripted((req, n) -> n % 2 == 0
                ? "HTTP/1.0 200 OK\r\n\r\nold style" + Scripted.CLOSE
                : "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        assertThat(post("/", "{}").body()).isEqualTo("old style");
        assertThat(post("/", "{}").status()).isEqualTo(204);
        assertThat(post("/", "{}").status()).isEqualTo(200);
        assertThat(server.connections).hasValue(3);
    }

    @Test
    void aServerThatClosedTheIdleConnectionIsRetriedOnceOnANewOne() throws Exception {
        // answers, then closes the connection without saying so (an idle timeout): the next request fails on it
        server = new Scripted((req, n) -> "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n" + Scripted.CLOSE);
        assertThat(post("/", "{}").status()).isEqualTo(200);
        Thread.sleep(100);
        assertThat(post("/", "{}").status()).isEqualTo(200);
        assertThat(server.connections).hasValue(2);
    }

    @Test
    void aNewConnectionClosedBeforeAnsweringIsAnError() throws Exception {
        server = new Scripted((req, n) -> Scripted.CLOSE);
        assertThatThrownBy(() -> post("/", "{}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
        assertThat(server.connections).hasValue(1); // not retried: the receiver did get the request
    }

    @Test
    void aHugeBodyIsNotDrainedAndTheConnectionIsDropped() throws Exception {
        int size = (int) WebhookHttp.MAX_DRAIN * 3;
        server = new Scripted((req, n) -> "HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n" + "z".repeat(size));
        WebhookHttp.Response r = post("/", "{}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).hasSize(WebhookHttp.RESPONSE_LIMIT);
        assertThat(post("/", "{}").status()).isEqualTo(200);
        assertThat(server.connections).hasValue(2);
    }

    @Test
    void aSilentServerTimesOutAtTheDeadline() throws Exception {
        server = new Scripted((req, n) -> Scripted.SILENT);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> http.post(
                        URI.create("http://127.0.0.1:" + server.port() + "/"),
                        InetAddress.getLoopbackAddress(),
                        List.of(),
                        new byte[] {'{', '}'},
                        System.nanoTime() + 300_000_000L))
                .isInstanceOf(WebhookHttp.Timeout.class);
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(250L, 3000L);
    }

    @Test
    void garbageIsAnError() throws Exception {
        server = new Scripted((req, n) -> "SSH-2.0-OpenSSH_9.2\r\n\r\n");
        assertThatThrownBy(() -> post("/", "{}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not an HTTP");
    }

    @Test
    void headerValuesCannotInjectLines() throws Exception {
        server = new Scripted((req, n) -> "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        assertThatThrownBy(() -> http.post(
                        URI.create("http://127.0.0.1:" + server.port() + "/"),
                        InetAddress.getLoopbackAddress(),
                        List.of("X-Bad", "a\r\nX-Injected: 1"),
                        new byte[0],
                        System.nanoTime() + 1_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests).isEmpty();
    }

    private WebhookHttp.Response post(String path, String body) throws IOException {
        return http.post(
                URI.create("http://127.0.0.1:" + server.port() + path),
                InetAddress.getLoopbackAddress(),
                List.of("Content-Type", "application/json", "X-Test", "yes"),
                body.getBytes(StandardCharsets.UTF_8),
                System.nanoTime() + 5_000_000_000L);
    }

    /**
     * A one-thread-per-connection server that reads each request (head + Content-Length body) and writes the
     * scripted answer for the n-th request; {@link #CLOSE} at its end closes the connection, {@link #SILENT}
     * answers nothing.
     */
    static final class Scripted implements AutoCloseable {
        static final String CLOSE = "\u0000close";
        static final String SILENT = "\u0000silent";
        final AtomicInteger connections = new AtomicInteger();
        final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private final ServerSocket socket;
        private final AtomicInteger n = new AtomicInteger();
        private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());

        Scripted(BiFunction<String, Integer, String> script) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        open.add(s);
                        connections.incrementAndGet();
                        Thread c = new Thread(() -> serve(s, script));
                        c.setDaemon(true);
                        c.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(Socket s, BiFunction<String, Integer, String> script) {
            try (s) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (true) {
                    String req = readRequest(in);
                    if (req == null) return;
                    requests.add(req);
                    String answer = script.apply(req, n.getAndIncrement());
                    if (answer.equals(SILENT)) {
                        Thread.sleep(10_000);
                        return;
                    }
                    boolean close = answer.endsWith(CLOSE);
                    if (close) answer = answer.substring(0, answer.length() - CLOSE.length());
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (close) return;
                }
            } catch (IOException | InterruptedException e) {
                // connection gone
            }
        }

        private static String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                String h = head.toString(StandardCharsets.ISO_8859_1);
                if (h.endsWith("\r\n\r\n")) {
                    int len = 0;
                    for (String line : h.split("\r\n"))
                        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                            len = Integer.parseInt(line.substring(15).trim());
                    return h + new String(in.readNBytes(len), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (open) {
                for (Socket s : open) s.close();
            }
        }
    }
}
