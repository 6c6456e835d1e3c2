package io.tributary.server.ingest;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Activity;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.testsupport.TerraSchemas;
import io.tributary.scores.History;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.connection.ConnectionTestSupport;
import io.tributary.server.ingest.DataIngest.IngestResult;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.User;
import io.tributary.server.support.TestHttp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health scores through the real ingest path (docs/scores.md): scored on ingest, recomputed and delivered again when a
 * late input changes them, provider scores untouched, switched per environment, valid against Terra's schemas, and
 * plausible for a SANDBOX user after its backfill.
 */
class ScoresIT extends ConnectionTestSupport {
    static final LocalDate D = LocalDate.of(2026, 3, 20);

    @Autowired
    DataIngest ingest;

    @Autowired
    UserService users;

    @Autowired
    JsonMapper json;

    @Autowired
    ConnectionStore connections;

    @Autowired
    ScheduledPulls sync;

    EnvironmentCredentials creds;
    EnvironmentRecord env;
    User user;

    @BeforeEach
    void setUp() {
        DeveloperCredentials dev = newDeveloper();
        creds = env(dev, "testing");
        env = accounts.environmentByDevId(creds.devId()).orElseThrow();
        user = users.createAuthenticated(env, "GARMIN", "ref-scores", "ACTIVITY_EXPORT", "garmin-scores");
    }

    /** A night ending on {@code end} at 07:00 UTC: 7 h asleep, 90 min deep and REM, 90 % efficiency. */
    static String night(LocalDate end, double hrv, double rhr, String extra) {
        return """
                {"metadata":{"summary_id":"night-%1$s","start_time":"%2$sT23:00:00.000000+00:00",\
                "end_time":"%1$sT07:00:00.000000+00:00","upload_type":1,"is_nap":false},\
                "sleep_durations_data":{"asleep":{"duration_asleep_state_seconds":25200,\
                "duration_deep_sleep_state_seconds":5400,"duration_light_sleep_state_seconds":14400,\
                "duration_REM_sleep_state_seconds":5400},"sleep_efficiency":90},\
                "heart_rate_data":{"summary":{"avg_hrv_rmssd":%3$s,"resting_hr_bpm":%4$s}},\
                "respiration_data":{"breaths_data":{"avg_breaths_per_min":14}}%5$s}""".formatted(end, end.minusDays(1), hrv, rhr, extra == null ? "" : "," + extra);
    }

    /** 60 minutes at 150 bpm (resting 50, maximum 190): TRIMP 108.1, strain 45.1 (ActivityScoresTest). */
    static String run(LocalDate d) {
        return """
                {"metadata":{"summary_id":"run-%1$s","start_time":"%1$sT10:00:00.000000+00:00",\
                "end_time":"%1$sT11:00:00.000000+00:00","type":8,"upload_type":1},\
                "heart_rate_data":{"summary":{"avg_hr_bpm":150,"resting_hr_bpm":50,"user_max_hr_bpm":190}}}""".formatted(d);
    }

    static String daily(LocalDate d) {
        return """
                {"metadata":{"start_time":"%1$sT00:00:00.000000+00:00","end_time":"%2$sT00:00:00.000000+00:00",\
                "upload_type":1},"heart_rate_data":{"summary":{"resting_hr_bpm":55,"avg_hrv_rmssd":50}},\
                "oxygen_data":{"avg_saturation_percentage":97},\
                "active_durations_data":{"low_intensity_seconds":1800,"moderate_intensity_seconds":1200,\
                "vigorous_intensity_seconds":600}}""".formatted(d, d.plusDays(1));
    }

    /** Eight nights before {@code D}: HRV 45 / 55 alternating (median 50), resting HR 53 / 57 (median 55). */
    List<TerraDataModel> baselineNights() {
        List<TerraDataModel> out = new ArrayList<>();
        for (int i = 1; i <= 8; i++)
            out.add(model(night(D.minusDays(i), i % 2 == 0 ? 55 : 45, i % 2 == 0 ? 57 : 53, null), Sleep.class));
        return out;
    }

    @Test
    void aLateNightRecomputesThatMorningsScoresAndDeliversThemAgain() {
        put(baselineNights());
        put(List.of(model(run(D), Activity.class), model(daily(D), Daily.class)));
        JsonNode activity = stored("activity", "run-" + D);
        assertThat(activity.at("/data_enrichment/trimp_score").asDouble()).isEqualTo(108.1);
        assertThat(activity.at("/data_enrichment/strain_score").asDouble()).isEqualTo(45.1);
        assertThat(activity.at("/data_enrichment/trimp_contributors/tributary_version")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(activity.at("/data_enrichment").has("rcrs_score")).isFalse(); // no readiness that morning yet

        // the night ending D arrives late: HRV at baseline, resting HR +2 → readiness 65 (SleepScoresTest)
        String late = UUID.randomUUID().toString();
        IngestResult r = ingest.ingest(env, user, List.of(model(night(D, 50, 57, null), Sleep.class)), late);
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.replaced())
                .as("the activity of that morning is stored again")
                .isGreaterThanOrEqualTo(1);
        JsonNode sleep = stored("sleep", "night-" + D);
        assertThat(sleep.at("/data_enrichment/readiness_score").asDouble()).isEqualTo(65.0);
        assertThat(sleep.at("/data_enrichment/sleep_score").asDouble()).isEqualTo(100.0);
        // and delivered again: the activity with its RCRS 45.1 × 1.10 = 49.6 is an event of the late ingest
        JsonNode activityEvent = eventData(late, "activity").get(0);
        assertThat(activityEvent.at("/data_enrichment/rcrs_score").asDouble()).isEqualTo(49.6);
        assertThat(stored("activity", "run-" + D)
                        .at("/data_enrichment/rcrs_score")
                        .asDouble())
                .isEqualTo(49.6);
        // the daily of D gets the night's breathing against its baseline: respiratory score
        assertThat(eventData(late, "daily")).hasSize(1);
        assertThat(stored("daily", D.toString())
                        .at("/data_enrichment/respiratory_score")
                        .isNumber())
                .isTrue();

        // a corrected copy of an earlier night moves the baseline: D's readiness changes and is delivered again
        String fix = UUID.randomUUID().toString();
        ingest.ingest(env, user, List.of(model(night(D.minusDays(2), 20, 57, null), Sleep.class)), fix);
        List<JsonNode> sleeps = eventData(fix, "sleep");
        JsonNode again = sleeps.stream()
                .filter(s -> s.at("/metadata/summary_id").asString().equals("night-" + D))
                .findFirst()
                .orElseThrow();
        // baseline HRV now the median of 20, 45 ×4, 55 ×3 = 45: (0.75 + 1.5 ln(50/45)) × 60 = 54.48, + 20 = 74.5
        assertThat(again.at("/data_enrichment/readiness_score").asDouble()).isEqualTo(74.5);

        // an identical re-send changes nothing and delivers nothing
        IngestResult same = ingest.ingest(
                env,
                user,
                List.of(model(night(D, 50, 57, null), Sleep.class)),
                UUID.randomUUID().toString());
        assertThat(same.eventsEmitted()).isZero();

        // every enriched payload is still a valid Terra object
        assertValid("Sleep", stored("sleep", "night-" + D));
        assertValid("Activity", stored("activity", "run-" + D));
        assertValid("Daily", stored("daily", D.toString()));
    }

    @Test
    void providerScoresAreStoredExactlyAsSent() {
        put(baselineNights());
        String oura = "\"scores\":{\"sleep\":91},\"data_enrichment\":{\"readiness_score\":88,"
                + "\"readiness_contributors\":{\"hrv_balance\":80}}";
        put(List.of(model(night(D, 50, 57, oura), Sleep.class)));
        JsonNode sleep = stored("sleep", "night-" + D);
        assertThat(sleep.get("scores").size()).isEqualTo(1);
        assertThat(sleep.at("/scores/sleep").asDouble()).isEqualTo(91.0);
        assertThat(sleep.at("/data_enrichment/readiness_score").asDouble()).isEqualTo(88.0);
        assertThat(sleep.at("/data_enrichment/readiness_contributors").size()).isEqualTo(1);
        assertThat(sleep.at("/data_enrichment/readiness_contributors/hrv_balance")
                        .asDouble())
                .isEqualTo(80.0);
        assertThat(sleep.at("/data_enrichment/sleep_score").asDouble()).isEqualTo(100.0); // ours, next to theirs
    }

    @Test
    void scoresAreSwitchedOnAndOffPerEnvironment() {
        TestHttp api = as(creds);
        TestHttp.Response all = api.get("/v2/dashboard/settings/scores");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().size()).isEqualTo(14);
        assertThat(all.json().get("readiness_score").asBoolean()).isTrue();

        TestHttp.Response off =
                api.patch("/v2/dashboard/settings/scores", "{\"readiness_score\":false,\"trimp_score\":false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("readiness_score").asBoolean()).isFalse();
        assertThat(off.json().get("trimp_score").asBoolean()).isFalse();
        assertThat(off.json().get("sleep_score").asBoolean()).isTrue();
        assertThat(api.get("/v2/dashboard/settings/scores")
                        .json()
                        .get("trimp_score")
                        .asBoolean())
                .isFalse();

        put(baselineNights());
        put(List.of(model(night(D, 50, 57, null), Sleep.class), model(run(D), Activity.class)));
        JsonNode sleep = stored("sleep", "night-" + D);
        assertThat(sleep.at("/data_enrichment").has("readiness_score")).isFalse();
        assertThat(sleep.at("/data_enrichment/sleep_score").asDouble()).isEqualTo(100.0);
        JsonNode run = stored("activity", "run-" + D);
        assertThat(run.at("/data_enrichment").has("trimp_score")).isFalse();
        assertThat(run.at("/data_enrichment/strain_score").asDouble()).isEqualTo(45.1);

        assertProblem(api.patch("/v2/dashboard/settings/scores", "{\"readyness_score\":false}"), 400);
        assertProblem(api.patch("/v2/dashboard/settings/scores", "{\"sleep_score\":\"no\"}"), 400);
        assertProblem(api.patch("/v2/dashboard/settings/scores", "[]"), 400);
        TestHttp.Response on = api.patch("/v2/dashboard/settings/scores", "{\"readiness_score\":true}");
        assertThat(on.json().get("readiness_score").asBoolean()).isTrue();
    }

    @Test
    void aSandboxUserHasPlausibleScoresAfterItsBackfill() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String userId = query(connectSandbox(e, null, null, "approve", null).header("Location"))
                .get("user_id");
        assertThat(sync.syncOne(connections.find(UUID.fromString(userId)).orElseThrow())
                        .error())
                .isNull();
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
        String q = "?user_id=" + userId + "&start_date=" + start + "&to_webhook=false";

        // from the fifth night on there are at least four earlier ones: a baseline, so every personal score exists
        JsonNode sleeps = as(e).get("/v2/sleep" + q).json().get("data");
        assertThat(sleeps.size()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < sleeps.size(); i++) {
            JsonNode s = sleeps.get(i);
            String what = s.get("metadata") + " " + s.get("data_enrichment") + " " + s.get("heart_rate_data");
            assertThat(s.at("/data_enrichment/sleep_score").asDouble()).as(what).isBetween(20.0, 100.0);
            if (i >= History.MIN_BASELINE_DAYS) {
                assertThat(s.at("/data_enrichment/readiness_score").asDouble())
                        .as(what)
                        .isBetween(10.0, 100.0);
                assertThat(s.at("/data_enrichment/sleep_score_v2").asDouble())
                        .as(what)
                        .isBetween(20.0, 100.0);
                assertThat(s.at("/data_enrichment/respiratory_score_v2").isNumber())
                        .as(what)
                        .isTrue();
            }
            assertValid("Sleep", s);
        }
        JsonNode dailies = as(e).get("/v2/daily" + q).json().get("data");
        assertThat(dailies.size()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < dailies.size(); i++) {
            JsonNode d = dailies.get(i);
            String what = d.get("metadata") + " " + d.get("data_enrichment");
            assertThat(d.at("/data_enrichment/strain_index").asDouble())
                    .as(what)
                    .isBetween(1.0, 100.0);
            assertThat(d.at("/data_enrichment/total_stress_score").asDouble())
                    .as(what)
                    .isBetween(1.0, 100.0);
            if (i > History.MIN_BASELINE_DAYS) {
                assertThat(d.at("/data_enrichment/strain_traffic_light").asString())
                        .as(what)
                        .isIn("GREEN", "AMBER", "RED");
                assertThat(d.at("/data_enrichment/resilience_score").asInt())
                        .as(what)
                        .isBetween(1, 100);
                assertThat(d.at("/data_enrichment/immune_index").asInt())
                        .as(what)
                        .isBetween(0, 5);
            }
            assertValid("Daily", d);
        }
        JsonNode activities =
                as(e).get("/v2/activity" + q + "&with_samples=true").json().get("data");
        assertThat(activities.size()).isPositive();
        for (JsonNode a : activities) {
            String what = a.get("metadata") + " " + a.get("data_enrichment");
            assertThat(a.at("/data_enrichment/trimp_score").asDouble()).as(what).isBetween(1.0, 600.0);
            assertThat(a.at("/data_enrichment/strain_score").asDouble())
                    .as(what)
                    .isBetween(1.0, 100.0);
            assertValid("Activity", a);
        }
    }

    /**
     * Validates against Terra's schema when the schemas are present (TRIBUTARY_TERRA_SCHEMAS or ../shared); the rest of
     * the test runs either way.
     */
    static void assertValid(String schema, JsonNode payload) {
        boolean present = TerraSchemas.candidates().stream()
                .anyMatch(c -> java.nio.file.Files.isRegularFile(c.resolve("Activity.yaml")));
        if (!present) return;
        assertThat(TerraSchemas.require().validate(schema, payload.toString()))
                .as(schema + " " + payload)
                .isEmpty();
    }

    <T extends TerraDataModel> T model(String text, Class<T> c) {
        return json.readValue(text, c);
    }

    void put(List<TerraDataModel> items) {
        ingest.ingest(env, user, items, UUID.randomUUID().toString());
    }

    JsonNode stored(String type, String key) {
        return json.readTree(jdbc.sql("SELECT payload::text FROM data_objects WHERE user_id = ? AND type = ?"
                        + " AND identity_key = ?")
                .params(user.id(), type, key)
                .query(String.class)
                .single());
    }

    /** The data objects of the events of {@code type} that the ingest with {@code reference} appended. */
    List<JsonNode> eventData(String reference, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (String p : jdbc.sql("SELECT payload::text FROM events WHERE reference = ? AND type = ? ORDER BY seq")
                .params(reference, type)
                .query(String.class)
                .list()) for (JsonNode o : json.readTree(p).get("data")) out.add(o);
        return out;
    }
}
