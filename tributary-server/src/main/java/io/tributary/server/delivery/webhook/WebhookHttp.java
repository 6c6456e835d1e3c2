package io.tributary.server.delivery.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The HTTP/1.1 client of the webhook destination: one POST, written and answered on the calling thread, over
 * pooled keep-alive connections (plain or TLS with host-name verification).
 *
 * <p>Why not {@code java.net.http.HttpClient}: even its blocking {@code send()} hands every exchange to its selector
 * thread and executor, about 0.27 ms of CPU per request on the benchmark machine against well under 0.1 ms here
 * (bench/RESULTS.md, Delivery), and delivery throughput on small machines is CPU-bound. It also resolves the host
 * itself, after the SSRF guard did; this client connects to the very address the guard checked, so DNS cannot
 * answer differently in between (rebinding).
 *
 * <p>What it does not do, on purpose: redirects (never followed for webhooks), proxies, HTTP/2, compression,
 * cookies. The whole exchange (connect, TLS handshake, request, response headers and body) must finish before one
 * deadline; of the response body the first {@link #RESPONSE_LIMIT} bytes are kept, up to {@link #MAX_DRAIN} are
 * read and discarded so the connection can be reused, beyond that the connection is closed instead.
 */
final class WebhookHttp implements AutoCloseable {
    static final int RESPONSE_LIMIT = 2048;
    static final long MAX_DRAIN = 1 << 20;
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    /** Idle connections older than this are not reused: below Node.js's default 5 s keep-alive timeout. */
    private static final long IDLE_NANOS = 4_000_000_000L;

    private static final int MAX_IDLE_PER_ORIGIN = 256;

    /** The answer: status, the first 2 KiB of the body as text (null when empty), the Retry-After header. */
    record Response(int status, String body, String retryAfter) {}

    /** The deadline passed before the exchange finished. */
    static final class Timeout extends IOException {
        Timeout(String message) {
            super(message);
        }
    }

    /** The peer closed a connection before answering (on a reused connection: it had timed out idle). */
    private static final class ClosedBeforeAnswer extends IOException {
        ClosedBeforeAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SSLSocketFactory tls;
    private final int connectTimeoutMs;
    private final Map<String, ConcurrentLinkedDeque<Conn>> idle = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());
    private volatile boolean closed;

    WebhookHttp(SSLSocketFactory tls, int connectTimeoutMs) {
        this.tls = tls;
        this.connectTimeoutMs = connectTimeoutMs;
    }

    /**
     * POSTs {@code body} to {@code uri}, connecting to {@code address}. {@code headers} are name/value pairs;
     * Host, Content-Length and Connection are set here.
     *
     * @throws Timeout if {@code deadlineNanos} ({@link System#nanoTime}) passes first
     * @throws IOException if no answer could be had (connection refused or reset, TLS failure, malformed answer)
     */
    Response post(URI uri, InetAddress address, List<String> headers, byte[] body, long deadlineNanos)
            throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        String host = WebhookUrlGuard.bare(uri.getHost());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String origin = (https ? "s:" : "p:") + address.getHostAddress() + ":" + port + ":" + host;
        byte[] head = head(uri, host, port, https, headers, body.length);
        sweepNowAndThen();
        Conn c = pooled(origin);
        boolean reused = c != null;
        if (c == null) c = open(https, host, address, port, deadlineNanos);
        try {
            return exchange(c, origin, head, body, deadlineNanos);
        } catch (ClosedBeforeAnswer e) {
            if (!reused) throw e;
            // the server had closed the idle connection: the request did not reach it; once more on a new one
            c = open(https, host, address, port, deadlineNanos);
            return exchange(c, origin, head, body, deadlineNanos);
        }
    }

    private Response exchange(Conn c, String origin, byte[] head, byte[] body, long deadline) throws IOException {
        boolean keep = false;
        try {
            try {
                if (head.length + body.length <= 16 * 1024) {
                    byte[] all = new byte[head.length + body.length];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(body, 0, all, head.length, body.length);
                    c.out.write(all);
                } else {
                    c.out.write(head);
                    c.out.write(body);
                }
                c.out.flush();
            } catch (SocketTimeoutException e) {
                throw new Timeout("timed out sending the request");
            } catch (IOException e) {
                throw new ClosedBeforeAnswer("connection closed while sending: " + message(e), e);
            }
            Parsed p = c.readResponse(deadline);
            keep = p.reusable;
            return new Response(p.status, p.body, p.retryAfter);
        } finally {
            if (keep && !closed) {
                c.idleSince = System.nanoTime();
                ConcurrentLinkedDeque<Conn> q = idle.computeIfAbsent(origin, k -> new ConcurrentLinkedDeque<>());
                if (q.size() < MAX_IDLE_PER_ORIGIN) q.push(c);
                else c.close();
            } else {
                c.close();
            }
        }
    }

    private Conn pooled(String origin) {
        ConcurrentLinkedDeque<Conn> q = idle.get(origin);
        if (q == null) return null;
        long now = System.nanoTime();
        for (Conn c; (c = q.poll()) != null; ) {
            if (now - c.idleSince < IDLE_NANOS && !c.socket.isClosed()) return c;
            c.close();
        }
        return null;
    }

    /** Closes connections idle too long (a destination no longer sent to keeps no sockets open). */
    private void sweepNowAndThen() {
        long now = System.nanoTime();
        long last = lastSweep.get();
        if (now - last < IDLE_NANOS || !lastSweep.compareAndSet(last, now)) return;
        for (ConcurrentLinkedDeque<Conn> q : idle.values()) {
            q.removeIf(c -> {
                if (now - c.idleSince < IDLE_NANOS) return false;
                c.close();
                return true;
            });
        }
    }

    private Conn open(boolean https, String host, InetAddress address, int port, long deadline) throws IOException {
        int connectMs = (int) Math.min(connectTimeoutMs, remainingMs(deadline, "connecting"));
        Socket raw = new Socket();
        try {
            raw.setTcpNoDelay(true);
            raw.connect(new InetSocketAddress(address, port), connectMs);
            if (!https) return new Conn(raw);
            SSLSocket s = (SSLSocket) tls.createSocket(raw, host, port, true);
            SSLParameters params = s.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
            if (!isIpLiteral(host)) params.setServerNames(List.of(new SNIHostName(host)));
            s.setSSLParameters(params);
            s.setSoTimeout((int) remainingMs(deadline, "in the TLS handshake"));
            s.startHandshake();
            return new Conn(s);
        } catch (SocketTimeoutException e) {
            closeQuietly(raw);
            throw new Timeout("timed out connecting");
        } catch (IOException | RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    private static byte[] head(URI uri, String host, int port, boolean https, List<String> headers, int length) {
        StringBuilder sb = new StringBuilder(512);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        sb.append("POST ").append(path);
        if (uri.getRawQuery() != null) sb.append('?').append(uri.getRawQuery());
        sb.append(" HTTP/1.1\r\nHost: ").append(uri.getHost().contains(":") ? uri.getHost() : host);
        if (port != (https ? 443 : 80)) sb.append(':').append(port);
        sb.append("\r\n");
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            String name = headers.get(i), value = headers.get(i + 1);
            if (value == null) continue;
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || name.indexOf(':') >= 0)
                throw new IllegalArgumentException("header " + name + " would break the request");
            sb.append(name).append(": ").append(value).append("\r\n");
        }
        sb.append("Content-Length: ").append(length).append("\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
        for (ConcurrentLinkedDeque<Conn> q : idle.values()) for (Conn c; (c = q.poll()) != null; ) c.close();
    }

    private static long remainingMs(long deadline, String during) throws Timeout {
        long ms = (deadline - System.nanoTime()) / 1_000_000;
        if (ms <= 0) throw new Timeout("timed out " + during);
        return Math.min(ms, Integer.MAX_VALUE);
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(ch -> ch == '.' || (ch >= '0' && ch <= '9'));
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    private record Parsed(int status, String body, String retryAfter, boolean reusable) {}

    /** One connection with its read buffer. Used by one exchange at a time. */
    private static final class Conn {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final byte[] buf = new byte[8192];
        int pos;
        int lim;
        long idleSince;
        /** Whether any byte of the current response has arrived (a reset before that means it was never read). */
        boolean answered;

        Conn(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        void close() {
            closeQuietly(socket);
        }

        /** Reads more into the buffer; false at end of stream. */
        private boolean fill(long deadline) throws IOException {
            socket.setSoTimeout((int) remainingMs(deadline, "waiting for the response"));
            int n;
            try {
                n = in.read(buf, 0, buf.length);
            } catch (SocketTimeoutException e) {
                throw new Timeout("timed out waiting for the response");
            }
            if (n < 0) return false;
            answered = true;
            pos = 0;
            lim = n;
            return true;
        }

        /** A line without its CRLF (a bare LF is accepted), or null at end of stream before any byte of it. */
        private String line(long deadline, int[] budget) throws IOException {
            StringBuilder sb = null;
            while (true) {
                if (pos == lim && !fill(deadline)) {
                    if (sb == null) return null;
                    throw new IOException("connection closed in the middle of the response head");
                }
                if (sb == null) sb = new StringBuilder(64);
                while (pos < lim) {
                    byte b = buf[pos++];
                    if (--budget[0] < 0) throw new IOException("response head longer than " + MAX_HEAD_BYTES);
                    if (b == '\n') {
                        int len = sb.length();
                        if (len > 0 && sb.charAt(len - 1) == '\r') sb.setLength(len - 1);
                        return sb.toString();
                    }
                    sb.append((char) (b & 0xff));
                }
            }
        }

        Parsed readResponse(long deadline) throws IOException {
            int[] budget = {MAX_HEAD_BYTES};
            boolean first = true;
            answered = false;
            pos = lim = 0; // nothing of an earlier response is left: a connection with leftovers is not pooled
            while (true) {
                String statusLine;
                try {
                    statusLine = line(deadline, budget);
                } catch (Timeout e) {
                    throw e;
                } catch (IOException e) {
                    if (!answered) throw new ClosedBeforeAnswer("connection reset: " + message(e), e);
                    throw e;
                }
                if (statusLine == null) {
                    if (first) throw new ClosedBeforeAnswer("connection closed before the response", null);
                    throw new IOException("connection closed before the final response");
                }
                first = false;
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ')
                    throw new IOException("not an HTTP/1.x response: " + abbreviate(statusLine));
                int status;
                try {
                    status = Integer.parseInt(statusLine.substring(9, 12));
                } catch (NumberFormatException e) {
                    throw new IOException("bad status line: " + abbreviate(statusLine));
                }
                boolean http10 = statusLine.charAt(7) == '0';
                long contentLength = -1;
                boolean chunked = false;
                Boolean keepAlive = null;
                String retryAfter = null;
                for (String h; !(h = line(deadline, budget)).isEmpty(); ) {
                    int colon = h.indexOf(':');
                    if (colon <= 0) continue;
                    String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = h.substring(colon + 1).trim();
                    switch (name) {
                        case "content-length" -> {
                            try {
                                contentLength = Long.parseLong(value);
                            } catch (NumberFormatException e) {
                                throw new IOException("bad Content-Length: " + abbreviate(value));
                            }
                        }
                        case "transfer-encoding" ->
                            chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
                        case "connection" -> {
                            String v = value.toLowerCase(Locale.ROOT);
                            if (v.contains("close")) keepAlive = false;
                            else if (v.contains("keep-alive")) keepAlive = true;
                        }
                        case "retry-after" -> retryAfter = value;
                        default -> {}
                    }
                }
                if (status >= 100 && status < 200) continue; // 100 Continue, 103 Early Hints: the answer follows
                boolean reusable = keepAlive == null ? !http10 : keepAlive;
                Body b = new Body();
                if (status == 204 || status == 304) {
                    // no body by definition
                } else if (chunked) {
                    reusable &= chunks(b, deadline);
                } else if (contentLength >= 0) {
                    reusable &= b.read(this, contentLength, deadline);
                } else {
                    b.read(this, Long.MAX_VALUE, deadline); // until the server closes the connection
                    reusable = false;
                }
                if (pos != lim) reusable = false; // bytes beyond the response: not a connection to trust
                return new Parsed(status, b.text(), retryAfter, reusable);
            }
        }

        /** Reads a chunked body; false when it was too long to drain (the connection is then not reusable). */
        private boolean chunks(Body b, long deadline) throws IOException {
            int[] budget = {MAX_HEAD_BYTES};
            while (true) {
                String sizeLine = line(deadline, budget);
                if (sizeLine == null) throw new IOException("connection closed in a chunked body");
                int semi = sizeLine.indexOf(';');
                String hex = (semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).trim();
                long size;
                try {
                    size = Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size: " + abbreviate(sizeLine));
                }
                if (size < 0) throw new IOException("bad chunk size: " + abbreviate(sizeLine));
                if (size == 0) {
                    for (String t = line(deadline, budget); t != null && !t.isEmpty(); t = line(deadline, budget)) {
                        // trailers: ignored
                    }
                    return true;
                }
                if (!b.read(this, size, deadline)) return false;
                String end = line(deadline, budget);
                if (end == null || !end.isEmpty()) throw new IOException("malformed chunked body");
                budget[0] = MAX_HEAD_BYTES;
            }
        }
    }

    /** Keeps the first {@link #RESPONSE_LIMIT} bytes, counts the rest. */
    private static final class Body {
        private final byte[] kept = new byte[RESPONSE_LIMIT];
        private int keptLen;
        private long total;

        /** Reads {@code n} bytes (or to end of stream when {@code n} is MAX_VALUE); false if past MAX_DRAIN. */
        boolean read(Conn c, long n, long deadline) throws IOException {
            long left = n;
            while (left > 0) {
                if (total > MAX_DRAIN) return false;
                if (c.pos == c.lim && !c.fill(deadline)) {
                    if (n == Long.MAX_VALUE) return true;
                    throw new IOException("connection closed before the end of the response body");
                }
                int take = (int) Math.min(left, c.lim - c.pos);
                int keep = Math.min(take, RESPONSE_LIMIT - keptLen);
                if (keep > 0) {
                    System.arraycopy(c.buf, c.pos, kept, keptLen, keep);
                    keptLen += keep;
                }
                c.pos += take;
                left -= take;
                total += take;
            }
            return true;
        }

        String text() {
            return keptLen == 0 ? null : new String(kept, 0, keptLen, StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
