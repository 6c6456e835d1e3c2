package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkRecordMapper.*;

import io.tributary.model.TerraDataModel;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.connection.SdkTokenService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretHash;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.EnvironmentRecord;
import io.tributary.server.storage.SdkStore;
import io.tributary.server.storage.SdkStore.SdkConnection;
import io.tributary.server.storage.SdkStore.SdkRecord;
import io.tributary.server.storage.User;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mobile SDK ingestion: an app exchanges a {@code generateAuthToken} token for a connection (a user of provider
 * APPLE, HEALTH_CONNECT or SAMSUNG plus a per-connection secret), then posts records in the platform's own shapes.
 * Raw records are stored keyed by (user, platform record id); every affected day, sleep and workout is recomputed from
 * all stored records and handed to {@link DataIngest}, which dedupes by identity key and emits the events.
 */
@Service
public class SdkService {
    public static final Set<String> PROVIDERS = Set.of("APPLE", "HEALTH_CONNECT", "SAMSUNG");
    static final List<String> DAILY_KINDS =
            List.of(STEPS, DISTANCE, ACTIVE_KCAL, BASAL_KCAL, TOTAL_KCAL, FLOORS, HR, RESTING_HR, HRV_SDNN);
    static final List<String> BODY_KINDS = List.of(WEIGHT, BODY_FAT, HEIGHT);
    private static final long SLEEP_GAP_MS = 60 * 60 * 1000L;

    private final SdkTokenService tokens;
    private final UserService users;
    private final AccountStore accounts;
    private final SdkStore store;
    private final DataIngest ingest;
    private final TransactionTemplate tx;
    private final SdkRecordMapper mapper;
    private final SdkAggregator aggregator;

    public SdkService(
            SdkTokenService tokens,
            UserService users,
            AccountStore accounts,
            SdkStore store,
            DataIngest ingest,
            TransactionTemplate tx,
            JsonMapper json) {
        this.tokens = tokens;
        this.users = users;
        this.accounts = accounts;
        this.store = store;
        this.ingest = ingest;
        this.tx = tx;
        this.mapper = new SdkRecordMapper(json);
        this.aggregator = new SdkAggregator(json);
    }

    public record Connected(User user, String secret) {}

    public record UploadResult(int accepted, int duplicates, int ignored) {}

    /** Redeems the token and creates the connection; same {@code device_id} again replaces the old user. */
    public Connected connect(String token, String provider, String referenceId, String deviceId) {
        String p = provider == null ? null : provider.trim().toUpperCase(java.util.Locale.ROOT);
        if (p == null || !PROVIDERS.contains(p))
            throw ApiException.badRequest("provider must be one of APPLE, HEALTH_CONNECT, SAMSUNG");
        if (token == null || token.isBlank()) throw ApiException.badRequest("token is missing");
        EnvironmentRecord env = tokens.redeem(token)
                .orElseThrow(() -> ApiException.unauthorized(
                        "invalid token: unknown, expired or already used (tokens from generateAuthToken are single use"
                                + " and valid for 180 s)"));
        String device = deviceId == null || deviceId.isBlank() ? null : deviceId;
        String secret = "sdk_" + Ids.randomToken(48);
        User user = tx.execute(s -> {
            Optional<User> old = device == null ? Optional.empty() : users.byProviderAccount(env, p, device);
            Map<String, Object> oldJson = old.map(TerraUsers::json).orElse(null);
            old.ifPresent(o -> users.remove(env, o.id()));
            User nu = users.createAuthenticated(env, p, referenceId, null, device);
            store.insertConnection(new SdkConnection(nu.id(), env.id(), p, device, SecretHash.sha256(secret)));
            if (oldJson != null) users.appendReauth(env, nu, oldJson);
            users.appendAuthSuccess(env, nu, referenceId, null);
            return nu;
        });
        return new Connected(user, secret);
    }

    /** The environment and user of a Bearer {@code sdk_secret}; empty when it matches no live connection. */
    public Optional<Map.Entry<EnvironmentRecord, User>> authenticate(String secret) {
        if (secret == null || secret.isBlank()) return Optional.empty();
        for (SdkConnection c : store.connectionsByHash(SecretHash.sha256(secret))) {
            if (!SecretHash.matches(secret, c.secretHash())) continue;
            Optional<EnvironmentRecord> env = accounts.findEnvironment(c.environmentId());
            if (env.isEmpty()) continue;
            Optional<User> u = users.find(env.get(), c.userId()).filter(User::authenticated);
            if (u.isPresent()) return Optional.of(Map.entry(env.get(), u.get()));
        }
        return Optional.empty();
    }

    /** Only users connected through the SDK (or of an SDK provider) accept SDK records. */
    public User sdkUser(EnvironmentRecord env, UUID userId) {
        User u = users.get(env, userId);
        if (!PROVIDERS.contains(u.provider()))
            throw ApiException.badRequest("user " + userId + " is a " + u.provider()
                    + " user: SDK records are accepted for APPLE, HEALTH_CONNECT and SAMSUNG users only");
        if (!u.authenticated()) throw ApiException.badRequest("user " + userId + " is not connected");
        return u;
    }

    public UploadResult upload(EnvironmentRecord env, User user, JsonNode records) {
        if (records == null || !records.isArray()) throw ApiException.badRequest("records: missing or not an array");
        List<SdkRecord> mapped = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) mapped.add(mapper.map(user.provider(), records.get(i), i));
        return tx.execute(s -> store(env, user, mapped));
    }

    private UploadResult store(EnvironmentRecord env, User user, List<SdkRecord> mapped) {
        store.lockUser(user.id());
        int accepted = 0, duplicates = 0, ignored = 0;
        Set<LocalDate> dailyDays = new TreeSet<>(), bodyDays = new TreeSet<>(), nutritionDays = new TreeSet<>();
        Set<LocalDate> flowDays = new TreeSet<>();
        List<SdkRecord> workouts = new ArrayList<>(), sleeps = new ArrayList<>();
        for (SdkRecord r : mapped) {
            Optional<SdkRecord> before = store.find(user.id(), r.recordId());
            int res = store.upsert(env.id(), user.id(), r);
            if (res == 0) {
                duplicates++;
                continue;
            }
            if (IGNORED.equals(r.kind())) {
                ignored++;
            } else {
                accepted++;
            }
            List<SdkRecord> touched = new ArrayList<>(2);
            touched.add(r);
            before.ifPresent(touched::add); // a changed record may have moved to another day
            for (SdkRecord t : touched) {
                switch (t.kind()) {
                    case STEPS, DISTANCE, ACTIVE_KCAL, BASAL_KCAL, TOTAL_KCAL, FLOORS, HR, RESTING_HR, HRV_SDNN ->
                        dailyDays.add(t.localDate());
                    case WEIGHT, BODY_FAT, HEIGHT -> bodyDays.add(t.localDate());
                    case NUTRITION -> nutritionDays.add(t.localDate());
                    case FLOW -> flowDays.add(t.localDate());
                    case WORKOUT -> workouts.add(r);
                    case SLEEP -> sleeps.add(t);
                    default -> {}
                }
            }
        }
        List<TerraDataModel> out = new ArrayList<>();
        for (LocalDate d : dailyDays) {
            List<SdkRecord> recs = store.onDays(user.id(), DAILY_KINDS, d);
            if (!recs.isEmpty()) out.add(aggregator.daily(d, recs));
        }
        for (LocalDate d : bodyDays) {
            List<SdkRecord> recs = store.onDays(user.id(), BODY_KINDS, d);
            if (!recs.isEmpty()) out.add(aggregator.body(d, recs));
        }
        for (LocalDate d : nutritionDays) {
            List<SdkRecord> recs = store.onDays(user.id(), List.of(NUTRITION), d);
            if (!recs.isEmpty()) out.add(aggregator.nutrition(d, recs));
        }
        for (LocalDate d : flowDays) {
            List<SdkRecord> recs = store.onDays(user.id(), List.of(FLOW), d);
            if (!recs.isEmpty()) out.add(aggregator.menstruation(d, recs));
        }
        // heart rate that arrives after its workout: the workouts it overlaps are recomputed too
        Instant hrFrom = null, hrTo = null;
        for (SdkRecord r : mapped) {
            if (!HR.equals(r.kind())) continue;
            hrFrom = hrFrom == null || r.start().isBefore(hrFrom) ? r.start() : hrFrom;
            hrTo = hrTo == null || r.end().isAfter(hrTo) ? r.end() : hrTo;
        }
        if (hrFrom != null) {
            for (SdkRecord w :
                    store.between(user.id(), List.of(WORKOUT), hrFrom.minusSeconds(86400), hrTo.plusSeconds(1)))
                if (!w.end().isBefore(hrFrom)) workouts.add(w);
        }
        Set<String> seenWorkouts = new HashSet<>();
        for (SdkRecord w : workouts) {
            if (!WORKOUT.equals(w.kind()) || !seenWorkouts.add(w.recordId())) continue;
            List<SdkRecord> hr = store.between(
                    user.id(),
                    List.of(HR),
                    w.start().minusSeconds(86400),
                    w.end().plusSeconds(1));
            out.add(aggregator.activity(w, hr));
        }
        out.addAll(sleeps(user, sleeps));
        if (!out.isEmpty()) ingest.ingest(env, user, out, UUID.randomUUID().toString());
        return new UploadResult(accepted, duplicates, ignored);
    }

    /**
     * Health Connect / Samsung sleep sessions are one Sleep each (summary_id = the record id). HealthKit sleep samples
     * are clustered into sessions (a gap over 60 min starts a new one) from all stored samples around the new ones;
     * a session of 3 h or more has summary_id {@code hk-sleep-<wake-up date>}, a shorter one (a nap) {@code
     * hk-nap-<start epoch s>}.
     */
    private List<TerraDataModel> sleeps(User user, List<SdkRecord> touched) {
        List<TerraDataModel> out = new ArrayList<>();
        List<SdkRecord> hk = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (SdkRecord r : touched) {
            boolean session = r.extraJson() != null && r.extraJson().contains("\"session\":true");
            if (session) {
                if (!done.add(r.recordId())) continue;
                store.find(user.id(), r.recordId())
                        .ifPresent(cur -> out.add(aggregator.sleep(
                                cur.recordId(),
                                cur.start().toEpochMilli(),
                                cur.end().toEpochMilli(),
                                ZoneOffset.ofTotalSeconds(cur.offsetSeconds()),
                                aggregator.segments(cur),
                                aggregator.deviceOf(List.of(cur)))));
            } else {
                hk.add(r);
            }
        }
        if (hk.isEmpty()) return out;
        Instant from =
                hk.stream().map(SdkRecord::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant to =
                hk.stream().map(SdkRecord::end).max(Comparator.naturalOrder()).orElseThrow();
        List<SdkRecord> all = new ArrayList<>();
        for (SdkRecord r : store.between(user.id(), List.of(SLEEP), from.minusSeconds(86400), to.plusSeconds(86400)))
            if (r.extraJson() == null || !r.extraJson().contains("\"session\":true")) all.add(r);
        all.sort(Comparator.comparing(SdkRecord::start));
        Set<String> touchedIds = new HashSet<>();
        hk.forEach(r -> touchedIds.add(r.recordId()));
        List<SdkRecord> cluster = new ArrayList<>();
        long clusterEnd = Long.MIN_VALUE;
        for (SdkRecord r : all) {
            if (!cluster.isEmpty() && r.start().toEpochMilli() - clusterEnd > SLEEP_GAP_MS) {
                emitCluster(cluster, touchedIds, out);
                cluster = new ArrayList<>();
                clusterEnd = Long.MIN_VALUE;
            }
            cluster.add(r);
            clusterEnd = Math.max(clusterEnd, r.end().toEpochMilli());
        }
        emitCluster(cluster, touchedIds, out);
        return out;
    }

    private void emitCluster(List<SdkRecord> cluster, Set<String> touched, List<TerraDataModel> out) {
        if (cluster.isEmpty() || cluster.stream().noneMatch(r -> touched.contains(r.recordId()))) return;
        long start = Long.MAX_VALUE, end = Long.MIN_VALUE;
        List<SdkAggregator.Segment> segs = new ArrayList<>();
        for (SdkRecord r : cluster) {
            start = Math.min(start, r.start().toEpochMilli());
            end = Math.max(end, r.end().toEpochMilli());
            segs.addAll(aggregator.segments(r));
        }
        ZoneOffset z = ZoneOffset.ofTotalSeconds(cluster.get(cluster.size() - 1).offsetSeconds());
        String id = end - start >= 3 * 3600_000L
                ? "hk-sleep-" + Instant.ofEpochMilli(end).atOffset(z).toLocalDate()
                : "hk-nap-" + start / 1000;
        out.add(aggregator.sleep(id, start, end, z, segs, aggregator.deviceOf(cluster)));
    }
}
