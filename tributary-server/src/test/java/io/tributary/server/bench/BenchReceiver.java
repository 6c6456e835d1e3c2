package io.tributary.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The benchmark's webhook receiver: answers every POST with {@code 200} at once, over keep-alive connections,
 * one thread per connection, and reports each request's {@code terra-reference}. Deliberately minimal (it parses
 * only the request line, Content-Length and terra-reference) so that the receiver's own CPU, which the drain and
 * the ceiling both pay, stays small on a 2-core machine; {@code -Dbench.receiver=jdk} uses the JDK HttpServer
 * instead (the receiver of the earlier runs).
 */
final class BenchReceiver implements AutoCloseable {
    private static final byte[] OK = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private final ServerSocket server;

    BenchReceiver(Consumer<String> onReference) throws IOException {
        server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket s = server.accept();
                            s.setTcpNoDelay(true);
                            Thread t = new Thread(() -> serve(s, onReference), "bench-receiver");
                            t.setDaemon(true);
                            t.start();
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "bench-receiver-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private static void serve(Socket s, Consumer<String> onReference) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
            OutputStream out = s.getOutputStream();
            byte[] line = new byte[8192];
            while (true) {
                int len = readLine(in, line);
                if (len < 0) return;
                int contentLength = 0;
                String reference = null;
                while ((len = readLine(in, line)) > 0) {
                    if (startsWithIgnoreCase(line, len, "content-length:"))
                        contentLength =
                                Integer.parseInt(new String(line, 15, len - 15, StandardCharsets.US_ASCII).trim());
                    else if (startsWithIgnoreCase(line, len, "terra-reference:"))
                        reference = new String(line, 16, len - 16, StandardCharsets.US_ASCII).trim();
                }
                if (len < 0) return;
                in.skipNBytes(contentLength);
                if (reference != null) onReference.accept(reference);
                out.write(OK);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // client went away
        }
    }

    /** Reads a line without CRLF into {@code buf}; its length, or -1 at end of stream. */
    private static int readLine(InputStream in, byte[] buf) throws IOException {
        int n = 0;
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') return n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
            if (n < buf.length) buf[n++] = (byte) b;
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(byte[] line, int len, String prefix) {
        if (len < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (Character.toLowerCase(line[i]) != prefix.charAt(i)) return false;
        return true;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
