package io.tributary.connectors.withings;

import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pulls of one connection over {@code [start, end)}, as the API reference has them: POST with form
 * parameters, {@code startdate}/{@code enddate} epoch seconds (getmeas, getintradayactivity, sleep get) or {@code
 * startdateymd}/{@code enddateymd} local dates (getactivity, getworkouts, getsummary; both inclusive, so the day of
 * the window's last instant is asked), and pages: while the body says {@code more} (1 or true) the next call
 * sends its {@code offset}. Intraday is asked 24 h at a time (Withings answers at most a day per call), sleep
 * series at most 7 days. The user's time zone (on getmeas and every day summary) is kept in the connection's
 * store for the answers that carry none (intraday).
 */
final class WithingsPulls {
    static final String TIMEZONE_KEY = "timezone";
    static final String ACTIVITY_FIELDS = "steps,distance,elevation,soft,moderate,intense,active,calories,"
            + "totalcalories,hr_average,hr_min,hr_max,hr_zone_0,hr_zone_1,hr_zone_2,hr_zone_3";
    static final String INTRADAY_FIELDS = "steps,elevation,calories,distance,duration,heart_rate,spo2_auto";
    static final String WORKOUT_FIELDS = "calories,intensity,manual_distance,manual_calories,hr_average,hr_min,"
            + "hr_max,hr_zone_0,hr_zone_1,hr_zone_2,hr_zone_3,pause_duration,spo2_average,steps,distance,elevation,"
            + "pool_laps,strokes,pool_length";
    static final String SLEEP_SUMMARY_FIELDS = "total_timeinbed,total_sleep_time,asleepduration,"
            + "lightsleepduration,remsleepduration,deepsleepduration,sleep_efficiency,sleep_latency,wakeup_latency,"
            + "wakeupduration,wakeupcount,waso,nb_rem_episodes,out_of_bed_count,hr_average,hr_min,hr_max,"
            + "rr_average,rr_min,rr_max,snoring,snoringepisodecount,sleep_score";
    static final String SLEEP_SERIES_FIELDS = "hr,rr,snoring,sdnn_1,rmssd";
    static final int MAX_PAGES = 1000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ConnectionContext c;

    WithingsPulls(ConnectionContext c) {
        this.c = c;
    }

    List<MappedRecord> pull(DataType type, Instant start, Instant end) throws ConnectorException {
        return switch (type) {
            case BODY -> body(start, end);
            case DAILY -> daily(start, end);
            case ACTIVITY ->
                paged("/v2/measure", "getworkouts", dates(start, end, 0), WORKOUT_FIELDS, WithingsConnector.WORKOUTS);
            case SLEEP -> sleep(start, end);
            default -> List.of();
        };
    }

    private List<MappedRecord> body(Instant start, Instant end) throws ConnectorException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("meastypes", WithingsMeasuresMapper.MEASTYPES);
        q.put("category", "1");
        q.put("startdate", Long.toString(start.getEpochSecond()));
        q.put("enddate", Long.toString(end.getEpochSecond()));
        return paged("/measure", "getmeas", q, null, WithingsConnector.MEASURES);
    }

    private List<MappedRecord> daily(Instant start, Instant end) throws ConnectorException {
        List<MappedRecord> out =
                paged("/v2/measure", "getactivity", dates(start, end, 0), ACTIVITY_FIELDS, WithingsConnector.ACTIVITY);
        String tz = c.store().get(TIMEZONE_KEY).orElse(null);
        for (Instant from = start; from.isBefore(end); from = from.plus(Duration.ofDays(1))) {
            Instant to = from.plus(Duration.ofDays(1));
            if (to.isAfter(end)) to = end;
            Map<String, String> q = new LinkedHashMap<>();
            q.put("startdate", Long.toString(from.getEpochSecond()));
            q.put("enddate", Long.toString(to.getEpochSecond()));
            q.put("data_fields", INTRADAY_FIELDS);
            JsonNode body = call("/v2/measure", "getintradayactivity", q);
            ObjectNode withZone = ((ObjectNode) body).deepCopy();
            if (tz != null && !withZone.has("timezone")) withZone.put("timezone", tz);
            out.addAll(WithingsConnector.INTRADAY.mapAll(withZone));
        }
        return out;
    }

    private List<MappedRecord> sleep(Instant start, Instant end) throws ConnectorException {
        // a night is dated by Withings on the day it ends: ask from the day before so a night begun before
        // start is found whole
        List<JsonNode> nights = new ArrayList<>();
        Map<String, String> q = dates(start, end, 1);
        q.put("data_fields", SLEEP_SUMMARY_FIELDS);
        pages("/v2/sleep", "getsummary", q, body -> body.path("series").forEach(nights::add));
        List<MappedRecord> out = new ArrayList<>();
        ArrayNode summaries = F.arrayNode();
        Long from = null;
        Long to = null;
        JsonNode tz = null;
        for (JsonNode n : nights) {
            out.addAll(WithingsConnector.SLEEP_SUMMARY.map(n));
            ObjectNode s = F.objectNode();
            for (String f : List.of("id", "startdate", "enddate", "timezone")) if (n.has(f)) s.set(f, n.get(f));
            summaries.add(s);
            Long a = ProviderJson.longValue(n, "startdate");
            Long b = ProviderJson.longValue(n, "enddate");
            if (a != null && (from == null || a < from)) from = a;
            if (b != null && (to == null || b > to)) to = b;
        }
        if (from == null || to == null) return out;
        ArrayNode segments = F.arrayNode();
        long step = WithingsConnector.MAX_WINDOW.toSeconds();
        for (long a = from; a < to; a += step) {
            Map<String, String> sq = new LinkedHashMap<>();
            sq.put("startdate", Long.toString(a));
            sq.put("enddate", Long.toString(Math.min(to, a + step)));
            sq.put("data_fields", SLEEP_SERIES_FIELDS);
            JsonNode body = call("/v2/sleep", "get", sq);
            body.path("series").forEach(segments::add);
        }
        ObjectNode series = F.objectNode();
        series.set("series", segments);
        series.set("summaries", summaries);
        out.addAll(WithingsConnector.SLEEP_SERIES.mapAll(series));
        return out;
    }

    /** Every page of one list endpoint, each mapped. */
    private List<MappedRecord> paged(
            String path, String action, Map<String, String> query, String fields, RecordMapper mapper)
            throws ConnectorException {
        List<MappedRecord> out = new ArrayList<>();
        Map<String, String> q = new LinkedHashMap<>(query);
        if (fields != null) q.put("data_fields", fields);
        List<ConnectorException> failure = new ArrayList<>();
        pages(path, action, q, body -> {
            try {
                out.addAll(mapper.mapAll(body));
            } catch (ConnectorException e) {
                failure.add(e);
            }
        });
        if (!failure.isEmpty()) throw failure.get(0);
        return out;
    }

    interface Page {
        void accept(JsonNode body);
    }

    private void pages(String path, String action, Map<String, String> query, Page page) throws ConnectorException {
        Map<String, String> q = new LinkedHashMap<>(query);
        for (int i = 0; i < MAX_PAGES; i++) {
            JsonNode body = call(path, action, q);
            page.accept(body);
            JsonNode more = body.path("more");
            boolean hasMore = more.isBoolean() ? more.asBoolean() : more.isNumber() && more.asInt() != 0;
            if (!hasMore) return;
            Long offset = ProviderJson.longValue(body, "offset");
            if (offset == null) throw ConnectorException.malformed(action + ": more without offset");
            q.put("offset", Long.toString(offset));
        }
        throw ConnectorException.malformed(action + ": more than " + MAX_PAGES + " pages");
    }

    /** One call; remembers the user's time zone when the answer gives it. */
    private JsonNode call(String path, String action, Map<String, String> query) throws ConnectorException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", action);
        form.putAll(query);
        JsonNode body = WithingsApi.body(
                c.http().post(c.api(path), WithingsForm.TYPE, WithingsForm.encode(form)), "Withings " + action);
        String tz = ProviderJson.text(body, "timezone");
        if (tz == null) {
            for (String list : List.of("activities", "series", "measuregrps")) {
                JsonNode first = body.path(list).path(0);
                if (first.isObject() && first.path("timezone").isString()) {
                    tz = first.path("timezone").asString();
                    break;
                }
            }
        }
        if (tz != null
                && !tz.isBlank()
                && !tz.equals(c.store().get(TIMEZONE_KEY).orElse(null)))
            c.store().put(TIMEZONE_KEY, tz);
        return body;
    }

    /**
     * {@code startdateymd}/{@code enddateymd} for {@code [start, end)} in the user's zone (UTC until known), from
     * {@code before} days earlier.
     */
    private Map<String, String> dates(Instant start, Instant end, int before) {
        ZoneId zone = WithingsTime.zone(c.store().get(TIMEZONE_KEY).orElse(null));
        LocalDate from = LocalDate.ofInstant(start, zone).minusDays(before);
        LocalDate to = LocalDate.ofInstant(end.minusSeconds(1), zone);
        if (to.isBefore(from)) to = from;
        Map<String, String> q = new LinkedHashMap<>();
        q.put("startdateymd", from.toString());
        q.put("enddateymd", to.toString());
        return q;
    }
}
