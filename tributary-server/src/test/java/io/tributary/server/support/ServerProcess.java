package io.tributary.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real application as a child process (what an operator runs), for tests of several nodes on one database,
 * roles and crashes. The first node of a data folder starts its embedded PostgreSQL; further nodes join it through
 * {@code TRIBUTARY_DB_URL} as the application role, as nodes share one external PostgreSQL in production.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A node with its own embedded PostgreSQL in {@code dataDir}. */
    public static ServerProcess embedded(Path dataDir, String name, String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("--tributary.db.url="));
        a.addAll(List.of(args));
        return start(dataDir, name, a);
    }

    /** A node on the embedded PostgreSQL of {@code firstNodeDir} (already started by another node). */
    public static ServerProcess joining(Path firstNodeDir, Path ownDir, String name, String... args)
            throws IOException {
        List<String> a = new ArrayList<>(List.of(
                "--tributary.db.url=jdbc:postgresql://127.0.0.1:" + EmbeddedDb.port(firstNodeDir) + "/postgres",
                "--tributary.db.user=tributary",
                "--tributary.db.password=" + EmbeddedDb.password(firstNodeDir, "tributary"),
                // the secret key encrypts tokens and secrets: every node of a deployment shares it
                "--tributary.secret-key="
                        + Files.readString(firstNodeDir.resolve("secret.key")).trim()));
        a.addAll(List.of(args));
        return start(ownDir, name, a);
    }

    private static ServerProcess start(Path dataDir, String name, List<String> args) throws IOException {
        Files.createDirectories(dataDir);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.tributary.server.TributaryApplication",
                "--tributary.data-dir=" + dataDir,
                "--server.port=" + port,
                "--tributary.allow-http-webhooks=true",
                "--tributary.allow-private-webhooks=true"));
        cmd.addAll(args);
        Path log = dataDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ServerProcess(pb.start(), port, log);
    }

    public int port() {
        return port;
    }

    public TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Waits for {@code /actuator/health} to answer 200 (two minutes at most; a loaded machine starts slowly). */
    public ServerProcess awaitHealthy() throws Exception {
        TestHttp http = http();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive())
                throw new AssertionError("server exited with " + process.exitValue() + "; log: " + tail());
            try {
                if (http.get("/actuator/health").status() == 200) return this;
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not become healthy; log: " + tail());
    }

    /** Waits for the process to exit on its own (e.g. refused configuration) and returns its exit code. */
    public int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) throw new AssertionError("still running; log: " + tail());
        return process.exitValue();
    }

    public String tail() {
        try {
            String s = Files.readString(log);
            return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }

    /** Stops the embedded PostgreSQL a data folder's first node left running (it outlives a killed node). */
    public static void stopPostgres(Path dir) {
        try {
            Path pid = dir.resolve("pg/postmaster.pid");
            if (!Files.exists(pid)) return;
            long p = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            ProcessHandle.of(p).ifPresent(h -> {
                h.destroy();
                try {
                    h.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
