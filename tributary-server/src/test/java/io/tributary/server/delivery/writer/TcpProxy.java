package io.tributary.server.delivery.writer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder in front of a test server that can be taken down (listener closed, every open connection
 * cut) and brought back on the same port: "target down → target back" for reliability tests.
 */
public final class TcpProxy implements AutoCloseable {
    private volatile int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = s.getLocalPort();
        start(s);
    }

    /**
     * A proxy whose target is set later ({@link #target}): for a server that must be told the proxy's port
     * (e.g. a Kafka broker advertising it) before its own port is known.
     */
    public static TcpProxy toBeTargeted() throws IOException {
        return new TcpProxy(0);
    }

    public void target(int port) {
        this.targetPort = port;
    }

    public int port() {
        return port;
    }

    public synchronized void down() throws IOException {
        if (listener != null) listener.close();
        listener = null;
        for (Socket s : sockets) s.close();
        sockets.clear();
    }

    public synchronized void up() throws IOException {
        if (listener != null) return;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        start(s);
    }

    private void start(ServerSocket s) {
        listener = s;
        Thread t = new Thread(
                () -> {
                    while (!s.isClosed()) {
                        try {
                            Socket in = s.accept();
                            Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                            sockets.add(in);
                            sockets.add(out);
                            pipe(in, out);
                            pipe(out, in);
                        } catch (IOException e) {
                            // listener closed (down) or target refused: the client sees a reset
                        }
                    }
                },
                "tcp-proxy-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            try (InputStream i = from.getInputStream();
                    OutputStream o = to.getOutputStream()) {
                int n;
                while ((n = i.read(buf)) >= 0) {
                    o.write(buf, 0, n);
                    o.flush();
                }
            } catch (IOException ignored) {
                // connection cut
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        down();
    }
}
