package io.tributary.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Anonymous health callers see the status only; the admin token sees every component's details. */
class HealthDetailsIT extends IntegrationTest {

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        for (var r : new io.tributary.server.support.TestHttp.Response[] {
            http().get("/actuator/health"),
            http().withHeader("Authorization", "Bearer wrong").get("/actuator/health"),
            http().withHeader("Authorization", "Bearer").get("/actuator/health"),
            http().get("/actuator/health/readiness")
        }) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo("UP");
            assertThat(r.json().has("components")).as(r.body()).isFalse();
            assertThat(r.json().has("details")).as(r.body()).isFalse();
            assertThat(r.body())
                    .doesNotContain("diskSpace")
                    .doesNotContain(dataDir().toString());
        }
    }

    @Test
    void theAdminTokenSeesDetails() {
        var r = http().withHeader("Authorization", "Bearer " + ADMIN_TOKEN).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
        assertThat(r.json().get("components").has("db")).isTrue();
        assertThat(r.json().get("components").get("diskSpace").get("details").has("free"))
                .isTrue();
    }
}
