package io.tributary.server.streaming;

import io.tributary.connectors.sandbox.SandboxConnector;
import io.tributary.server.TributaryApplication;
import io.tributary.server.account.AccountService;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.support.EmbeddedDb;
import io.tributary.server.support.TestHttp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** One real Tributary process (a Spring context on its own port) for the streaming tests. */
final class StreamNode implements AutoCloseable {
    final ConfigurableApplicationContext ctx;
    final int port;

    private StreamNode(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    /** A node with its own embedded PostgreSQL in {@code dataDir}. */
    static StreamNode embedded(Path dataDir, String... extra) {
        return start(dataDir, "", null, null, extra);
    }

    /** A second node on the embedded PostgreSQL of {@code firstDataDir} (as an external database). */
    static StreamNode sharing(Path ownDir, Path firstDataDir, String... extra) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + EmbeddedDb.port(firstDataDir) + "/postgres";
        return start(ownDir, url, "tributary", EmbeddedDb.password(firstDataDir, "tributary"), extra);
    }

    private static StreamNode start(Path dir, String url, String user, String password, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--tributary.data-dir=" + dir,
                "--tributary.db.url=" + url,
                "--tributary.admin-token=",
                "--tributary.delivery.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        if (user != null) {
            args.add("--tributary.db.user=" + user);
            args.add("--tributary.db.password=" + password);
        }
        args.addAll(List.of(extra));
        return new StreamNode(
                new SpringApplicationBuilder(TributaryApplication.class).run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return ctx.getBean(type);
    }

    DeveloperCredentials.EnvironmentCredentials newEnvironment() {
        return bean(AccountService.class)
                .createDeveloper("stream-" + System.nanoTime())
                .environments()
                .get(0);
    }

    UUID newUser(DeveloperCredentials.EnvironmentCredentials e, String provider) {
        var env = bean(AccountService.class).environmentByDevId(e.devId()).orElseThrow();
        return bean(UserService.class)
                .createAuthenticated(env, provider, "ref-" + System.nanoTime(), null, null)
                .id();
    }

    UUID newSandboxUser(DeveloperCredentials.EnvironmentCredentials e) {
        return newUser(e, SandboxConnector.PROVIDER);
    }

    TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    TestHttp as(DeveloperCredentials.EnvironmentCredentials e) {
        return http().withHeader("dev-id", e.devId()).withHeader("x-api-key", e.apiKey());
    }

    String developerToken(DeveloperCredentials.EnvironmentCredentials e) {
        TestHttp.Response r = as(e).post("/auth/developer", null);
        if (r.status() != 200) throw new AssertionError(r.toString());
        return r.json().get("token").asString();
    }

    String userToken(DeveloperCredentials.EnvironmentCredentials e, UUID user) {
        TestHttp.Response r = as(e).post("/auth/user?id=" + user, null);
        if (r.status() != 200) throw new AssertionError(r.toString());
        return r.json().get("token").asString();
    }

    StreamClient consumer(DeveloperCredentials.EnvironmentCredentials e) throws InterruptedException {
        return new StreamClient(port).identify(developerToken(e), 1);
    }

    StreamClient producer(DeveloperCredentials.EnvironmentCredentials e, UUID user) throws InterruptedException {
        return new StreamClient(port).identify(userToken(e, user), 0);
    }

    static String submit(String type, double val) {
        return "{\"op\":6,\"t\":\"" + type + "\",\"d\":{\"ts\":\"2026-12-03T12:00:00Z\",\"val\":" + val + "}}";
    }

    static long seq(JsonNode dispatch) {
        return dispatch.get("seq").asLong();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
