package io.tributary.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Asserts the problem+json shape of docs/decisions.md#3. */
public final class Problems {
    private Problems() {}

    public static JsonNode assertProblem(TestHttp.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode j = r.json();
        assertThat(j.get("type").asString()).isEqualTo("about:blank");
        assertThat(j.get("status").asInt()).isEqualTo(status);
        assertThat(j.get("title").asString()).isNotBlank().isLowerCase();
        assertThat(j.get("instance").asString()).startsWith("/");
        assertThat(j.get("detail").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return j;
    }
}
