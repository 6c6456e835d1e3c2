package io.tributary.connectors.whoop;

import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderResponses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * WHOOP API v2 reads (https://developer.whoop.com/api/ , https://developer.whoop.com/docs/developing/pagination/):
 * collections take {@code start} (inclusive), {@code end} (exclusive; "records that intersect this time or ended
 * before"), {@code limit} (at most 25) and {@code nextToken}, and answer {@code {records, next_token}}, newest
 * first; the last page has no {@code next_token}. Single records answer 404 when gone.
 */
final class WhoopApi {
    static final String CYCLES = "/v2/cycle";
    static final String RECOVERIES = "/v2/recovery";
    static final String SLEEPS = "/v2/activity/sleep";
    static final String WORKOUTS = "/v2/activity/workout";
    static final String PROFILE = "/v2/user/profile/basic";
    static final String BODY = "/v2/user/measurement/body";
    static final String ACCESS = "/v2/user/access";
    /** WHOOP's largest page. */
    static final int LIMIT = 25;

    private WhoopApi() {}

    /** Every record of a collection over {@code [start, end)}, following {@code next_token} to the last page. */
    static List<JsonNode> all(ConnectionContext c, String path, Instant start, Instant end) throws ConnectorException {
        List<JsonNode> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String token = null;
        for (int page = 0; page < 10_000; page++) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("start", DateTimeFormatter.ISO_INSTANT.format(start));
            q.put("end", DateTimeFormatter.ISO_INSTANT.format(end));
            q.put("limit", Integer.toString(LIMIT));
            if (token != null) q.put("nextToken", token);
            JsonNode body = ProviderResponses.json(c.http().get(c.api(path), q), "WHOOP " + path);
            JsonNode records = body.path("records");
            if (!records.isArray()) throw ConnectorException.malformed("WHOOP " + path + ": no records array");
            records.forEach(out::add);
            token = body.path("next_token").asString(null);
            if (token == null || token.isBlank()) return out;
            if (!seen.add(token)) throw ConnectorException.malformed("WHOOP " + path + ": next_token repeats");
        }
        throw ConnectorException.malformed("WHOOP " + path + ": next_token never ends");
    }

    /** One record; empty when WHOOP answers 404 (deleted since, or never had one: a cycle without recovery). */
    static Optional<JsonNode> one(ConnectionContext c, String path) throws ConnectorException {
        ProviderHttp.Response r = c.http().get(c.api(path), Map.of());
        if (r.status() == 404) return Optional.empty();
        return Optional.of(ProviderResponses.json(r, "WHOOP " + path));
    }

    static String id(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
