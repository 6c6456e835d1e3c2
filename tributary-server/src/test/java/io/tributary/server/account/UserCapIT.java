package io.tributary.server.account;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import io.tributary.server.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserCapIT extends IntegrationTest {
    @Autowired
    UserService users;

    private EnvironmentRecord envOf(DeveloperCredentials.EnvironmentCredentials e) {
        return accounts.environmentByDevId(e.devId()).orElseThrow();
    }

    @Test
    void sixtyConcurrentCompletionsEndWithExactlyFifty() throws Exception {
        var testing = env(newDeveloper(), "testing");
        EnvironmentRecord env = envOf(testing);
        List<User> pending = new ArrayList<>();
        for (int i = 0; i < 60; i++) pending.add(users.createPending(env, "SANDBOX", "ref-" + i));

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (User u : pending) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    users.completeAuthentication(env, u.id(), null, null);
                    ok.incrementAndGet();
                } catch (UserLimitReachedException e) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) f.get();
        pool.shutdown();

        assertThat(ok.get()).isEqualTo(50);
        assertThat(refused.get()).isEqualTo(10);
        assertThat(users.countAuthenticated(env)).isEqualTo(50);
        assertThat(as(testing).get("/v2/subscriptions").json().get("users").size())
                .isEqualTo(50);

        // Starting a new flow now is refused with 403 and a detail naming the limit.
        assertThatThrownBy(() -> users.ensureCanStartFlow(env))
                .isInstanceOf(UserLimitReachedException.class)
                .hasMessageContaining("50")
                .hasMessageContaining("deauthenticate");

        // Deauthenticating one frees its slot at once.
        User first = users.authenticated(env, 0, 1).get(0);
        var r = as(testing).delete("/v2/auth/deauthenticateUser?user_id=" + first.id());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("success");
        users.ensureCanStartFlow(env);
        User again = users.createAuthenticated(env, "SANDBOX", "again", null, null);
        assertThat(again.authenticated()).isTrue();
        assertThat(users.countAuthenticated(env)).isEqualTo(50);
        assertThatThrownBy(() -> users.createAuthenticated(env, "SANDBOX", "one-too-many", null, null))
                .isInstanceOf(UserLimitReachedException.class);
        assertThat(users.countAuthenticated(env)).isEqualTo(50);
    }

    @Test
    void stagingIsCappedAndProductionIsNot() {
        var dev = newDeveloper();
        EnvironmentRecord staging = envOf(env(dev, "staging"));
        EnvironmentRecord production = envOf(env(dev, "production"));
        assertThat(staging.userCap()).isEqualTo(50);
        assertThat(production.userCap()).isNull();
        for (int i = 0; i < 55; i++) users.createAuthenticated(production, "SANDBOX", null, null, null);
        assertThat(users.countAuthenticated(production)).isEqualTo(55);
        for (int i = 0; i < 50; i++) users.createAuthenticated(staging, "SANDBOX", null, null, null);
        assertThatThrownBy(() -> users.createAuthenticated(staging, "SANDBOX", null, null, null))
                .isInstanceOf(UserLimitReachedException.class);
        // A refused completion leaves the pending user pending, not half-authenticated.
        assertThat(users.countAuthenticated(staging)).isEqualTo(50);
    }

    @Test
    void deauthenticatingAnUnknownUserIs404AndTwiceIs404() {
        var testing = env(newDeveloper(), "testing");
        User u = users.createAuthenticated(envOf(testing), "SANDBOX", null, null, null);
        assertProblem(as(testing).delete("/v2/auth/deauthenticateUser?user_id=" + java.util.UUID.randomUUID()), 404);
        assertProblem(as(testing).delete("/v2/auth/deauthenticateUser?user_id=not-a-uuid"), 404);
        assertProblem(as(testing).delete("/v2/auth/deauthenticateUser"), 400);
        assertThat(as(testing)
                        .delete("/v2/auth/deauthenticateUser?user_id=" + u.id())
                        .status())
                .isEqualTo(200);
        assertProblem(as(testing).delete("/v2/auth/deauthenticateUser?user_id=" + u.id()), 404);
        assertThat(users.countAuthenticated(envOf(testing))).isZero();
    }
}
