package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;

import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.server.account.UserService;
import io.tributary.server.connection.SdkFlow;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretHash;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.SdkStore;
import io.tributary.server.storage.SdkStore.SdkConnection;
import io.tributary.server.storage.SdkStore.SdkRecord;
import io.tributary.server.storage.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    static final List<String> DAILY_KINDS = List.of(
            STEPS,
            DISTANCE,
            ACTIVE_KCAL,
            BASAL_KCAL,
            TOTAL_KCAL,
            FLOORS,
            HR,
            RESTING_HR,
            HRV_SDNN,
            HRV_RMSSD,
            SPO2,
            VO2MAX,
            ELEVATION);
    static final List<String> BODY_KINDS =
            List.of(WEIGHT, BODY_FAT, HEIGHT, GLUCOSE, BLOOD_PRESSURE, BODY_TEMP, LEAN_MASS, BONE_MASS);
    /** Kinds a workout takes its samples from. */
    static final List<String> WORKOUT_SAMPLE_KINDS = List.of(HR, SPEED, POWER, CADENCE);

    private final SdkFlow flow;
    private final UserService users;
    private final AccountStore accounts;
    private final SdkStore store;
    private final DataIngest ingest;
    private final TransactionTemplate tx;
    private final SdkRecordMapper mapper;
    private final SdkAggregator aggregator;
    private final SdkSleeps sleeps;

    public SdkService(
            SdkFlow flow,
            UserService users,
            AccountStore accounts,
            SdkStore store,
            DataIngest ingest,
            TransactionTemplate tx,
            JsonMapper json) {
        this.flow = flow;
        this.users = users;
        this.accounts = accounts;
        this.store = store;
        this.ingest = ingest;
        this.tx = tx;
        this.mapper = new SdkRecordMapper(json);
        this.aggregator = new SdkAggregator(json);
        this.sleeps = new SdkSleeps(aggregator);
    }

    public record Connected(User user, String secret) {}

    /** {@code deleted}: stored records removed because the app reported them deleted (unknown ids are skipped). */
    public record UploadResult(int accepted, int duplicates, int ignored, int deleted) {}

    /** Redeems the token and creates the connection ({@link SdkFlow#connect}). */
    public Connected connect(String token, String provider, String referenceId, String deviceId) {
        SdkFlow.Connected c = flow.connect(token, provider, referenceId, deviceId);
        return new Connected(c.user(), c.secret());
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
        return upload(env, user, records, null);
    }

    /**
     * Stores a batch: {@code records} (new or edited) and {@code deleted} (ids of records deleted on the device:
     * strings, or HealthKit {@code HKDeletedObject} {@code {"uuid":…}}, or Health Connect {@code DeletionChange}
     * {@code {"recordId":…}}, or {@code {"clientRecordId":…}}). Either may be absent, not both.
     */
    public UploadResult upload(EnvironmentRecord env, User user, JsonNode records, JsonNode deleted) {
        boolean hasRecords = records != null && !records.isNull();
        boolean hasDeleted = deleted != null && !deleted.isNull();
        if (hasRecords && !records.isArray()) throw ApiException.badRequest("records: not an array");
        if (hasDeleted && !deleted.isArray())
            throw ApiException.badRequest("deleted: not an array (send the ids of records deleted on the device)");
        if (!hasRecords && !hasDeleted) throw ApiException.badRequest("records: missing or not an array");
        List<SdkRecord> mapped = new ArrayList<>(hasRecords ? records.size() : 0);
        try {
            if (hasRecords)
                for (int i = 0; i < records.size(); i++) mapped.add(mapper.map(user.provider(), records.get(i), i));
        } catch (SdkRecordException e) {
            throw ApiException.badRequest(e.getMessage()); // the whole batch is refused, nothing stored
        }
        List<String> deletedIds = new ArrayList<>();
        if (hasDeleted) for (int i = 0; i < deleted.size(); i++) deletedIds.add(deletedId(deleted.get(i), i));
        return tx.execute(s -> store(env, user, mapped, deletedIds));
    }

    static String deletedId(JsonNode n, int i) {
        String id = null;
        if (n != null && n.isString()) id = n.asString();
        else if (n != null && n.isObject()) {
            for (String f : List.of("uuid", "recordId", "id")) {
                JsonNode v = n.get(f);
                if (v != null && v.isString() && !v.asString().isBlank()) {
                    id = v.asString();
                    break;
                }
            }
            JsonNode md = n.get("metadata");
            if (id == null && md != null && md.isObject()) {
                JsonNode v = md.get("id");
                if (v != null && v.isString()) id = v.asString();
                else if (md.get("clientRecordId") != null
                        && md.get("clientRecordId").isString())
                    id = "client:" + md.get("clientRecordId").asString();
            }
            JsonNode c = n.get("clientRecordId");
            if (id == null && c != null && c.isString() && !c.asString().isBlank()) id = "client:" + c.asString();
        }
        if (id == null || id.isBlank())
            throw ApiException.badRequest("deleted[" + i + "]: expected a record id string, {\"uuid\":…} (HealthKit)"
                    + " or {\"recordId\":…} (Health Connect)");
        return id;
    }

    private UploadResult store(EnvironmentRecord env, User user, List<SdkRecord> mapped, List<String> deletedIds) {
        store.lockUser(user.id());
        int accepted = 0, duplicates = 0, ignored = 0, removed = 0;
        SdkTouched t = new SdkTouched();
        // HealthKit sleep clusters around the records this batch changes, with their ids before the change
        List<SdkRecord> hkSleepBefore = new ArrayList<>();
        for (SdkRecord r : mapped) {
            if (SLEEP.equals(r.kind()) && !SdkTouched.isSession(r)) hkSleepBefore.add(r);
            store.find(user.id(), r.recordId())
                    .filter(b -> SLEEP.equals(b.kind()) && !SdkTouched.isSession(b))
                    .ifPresent(hkSleepBefore::add);
        }
        for (String id : deletedIds)
            store.find(user.id(), id)
                    .filter(b -> SLEEP.equals(b.kind()) && !SdkTouched.isSession(b))
                    .ifPresent(hkSleepBefore::add);
        Set<String> sleepIdsBefore = hkSleepBefore.isEmpty() ? Set.of() : hkSleepIds(user, hkSleepBefore);

        List<SdkRecord[]> changes = new ArrayList<>(); // {current or null, previous or null}
        for (SdkRecord r : mapped) {
            Optional<SdkRecord> before = store.find(user.id(), r.recordId());
            int res = store.upsert(env.id(), user.id(), r);
            if (res == 0) {
                duplicates++;
                continue;
            }
            if (IGNORED.equals(r.kind())) ignored++;
            else accepted++;
            changes.add(new SdkRecord[] {r, before.orElse(null)});
        }
        for (String id : deletedIds) {
            Optional<SdkRecord> before = store.find(user.id(), id);
            if (before.isEmpty() || !store.deleteRecord(user.id(), id)) continue; // unknown or already deleted
            removed++;
            changes.add(new SdkRecord[] {null, before.get()});
        }
        for (SdkRecord[] ch : changes) t.add(ch[0], ch[1]);
        List<TerraDataModel> out = new ArrayList<>();
        Map<DataType, List<String>> gone = new EnumMap<>(DataType.class);
        days(user, t.dailyDays, DAILY_KINDS, DataType.DAILY, aggregator::daily, out, gone);
        days(user, t.bodyDays, BODY_KINDS, DataType.BODY, aggregator::body, out, gone);
        days(user, t.nutritionDays, List.of(NUTRITION), DataType.NUTRITION, aggregator::nutrition, out, gone);
        days(user, t.flowDays, List.of(FLOW), DataType.MENSTRUATION, aggregator::menstruation, out, gone);
        // heart rate, speed, power or cadence added, changed or deleted: the workouts it overlaps are recomputed too
        Instant hrFrom = null, hrTo = null;
        for (SdkRecord r : t.samples) {
            hrFrom = hrFrom == null || r.start().isBefore(hrFrom) ? r.start() : hrFrom;
            hrTo = hrTo == null || r.end().isAfter(hrTo) ? r.end() : hrTo;
        }
        if (hrFrom != null) {
            for (SdkRecord w :
                    store.between(user.id(), List.of(WORKOUT), hrFrom.minusSeconds(86400), hrTo.plusSeconds(1)))
                if (!w.end().isBefore(hrFrom)) t.workouts.add(w);
        }
        Set<String> seenWorkouts = new HashSet<>();
        for (SdkRecord w : t.workouts) {
            if (!WORKOUT.equals(w.kind()) || !seenWorkouts.add(w.recordId())) continue;
            List<SdkRecord> samples = store.between(
                    user.id(),
                    WORKOUT_SAMPLE_KINDS,
                    w.start().minusSeconds(86400),
                    w.end().plusSeconds(1));
            out.add(aggregator.activity(w, samples));
        }
        t.goneWorkouts.removeAll(seenWorkouts);
        if (!t.goneWorkouts.isEmpty()) gone.put(DataType.ACTIVITY, new ArrayList<>(t.goneWorkouts));
        // respiratory rate added, changed or deleted: the sleep sessions around it are recomputed too
        if (!t.respiration.isEmpty()) {
            t.sessions.addAll(sessionsAround(user, t.respiration));
            t.hkSleep.addAll(t.respiration); // HealthKit clusters near the readings are rebuilt with them
        }
        out.addAll(sessions(user, t.sessions));
        List<String> goneSleep = new ArrayList<>(t.goneSessions);
        if (!t.hkSleep.isEmpty()) {
            Set<String> emitted = new HashSet<>();
            for (TerraDataModel m : hkSleeps(user, t.hkSleep)) {
                out.add(m);
                emitted.add(m.identityKey());
            }
            for (String id : sleepIdsBefore) if (!emitted.contains(id)) goneSleep.add(id);
        }
        if (!goneSleep.isEmpty()) gone.put(DataType.SLEEP, goneSleep);
        String reference = UUID.randomUUID().toString();
        if (!out.isEmpty()) ingest.ingest(env, user, out, reference);
        for (var e : gone.entrySet()) ingest.remove(env, user, e.getKey(), e.getValue(), reference);
        return new UploadResult(accepted, duplicates, ignored, removed);
    }

    /** Rebuilds each touched day of one type from its stored records; a day with none left is gone. */
    private void days(
            User user,
            Set<LocalDate> days,
            List<String> kinds,
            DataType type,
            java.util.function.BiFunction<LocalDate, List<SdkRecord>, TerraDataModel> build,
            List<TerraDataModel> out,
            Map<DataType, List<String>> gone) {
        for (LocalDate d : days) {
            List<SdkRecord> recs = store.onDays(user.id(), kinds, d);
            if (!recs.isEmpty()) out.add(build.apply(d, recs));
            else gone.computeIfAbsent(type, k -> new ArrayList<>()).add(d.toString());
        }
    }

    /** Health Connect / Samsung sleep sessions: one Sleep each, {@code summary_id} = the record id. */
    private List<TerraDataModel> sessions(User user, List<SdkRecord> touched) {
        List<TerraDataModel> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (SdkRecord r : touched) {
            if (!done.add(r.recordId())) continue;
            store.find(user.id(), r.recordId())
                    .ifPresent(cur -> out.add(sleeps.session(cur, respiration(user, cur.start(), cur.end()))));
        }
        return out;
    }

    /** The respiratory-rate records of a sleep window. */
    private List<SdkRecord> respiration(User user, Instant start, Instant end) {
        return store.between(user.id(), List.of(RESP_RATE), start, end.plusMillis(1));
    }

    /** Health Connect / Samsung sleep sessions whose span holds one of the records. */
    private List<SdkRecord> sessionsAround(User user, List<SdkRecord> recs) {
        Instant from = recs.stream()
                .map(SdkRecord::start)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant to = recs.stream()
                .map(SdkRecord::start)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<SdkRecord> out = new ArrayList<>();
        for (SdkRecord s : store.between(user.id(), List.of(SLEEP), from.minusSeconds(2 * 86400), to.plusSeconds(1))) {
            if (!SdkTouched.isSession(s)) continue;
            for (SdkRecord r : recs) {
                if (!r.start().isBefore(s.start()) && !r.start().isAfter(s.end())) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * HealthKit sleep samples are clustered into sessions ({@link SdkSleeps}) from all stored samples around the
     * touched ones; every session near a touched sample's time span is built (so a session that lost a deleted
     * sample is rebuilt from the rest).
     */
    private List<TerraDataModel> hkSleeps(User user, List<SdkRecord> touched) {
        List<TerraDataModel> out = new ArrayList<>();
        for (List<SdkRecord> cluster : hkClusters(user, touched)) {
            long[] span = SdkSleeps.span(cluster);
            out.add(sleeps.healthKit(
                    cluster, respiration(user, Instant.ofEpochMilli(span[0]), Instant.ofEpochMilli(span[1]))));
        }
        return out;
    }

    /** The summary ids of the HealthKit sessions around {@code touched}, as stored now. */
    private Set<String> hkSleepIds(User user, List<SdkRecord> touched) {
        Set<String> ids = new HashSet<>();
        for (List<SdkRecord> cluster : hkClusters(user, touched)) ids.add(SdkSleeps.healthKitId(cluster));
        return ids;
    }

    private List<List<SdkRecord>> hkClusters(User user, List<SdkRecord> touched) {
        Instant from = touched.stream()
                .map(SdkRecord::start)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant to = touched.stream()
                .map(SdkRecord::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<SdkRecord> all = new ArrayList<>();
        for (SdkRecord r : store.between(user.id(), List.of(SLEEP), from.minusSeconds(86400), to.plusSeconds(86400)))
            if (!SdkTouched.isSession(r)) all.add(r);
        return SdkSleeps.clusters(all, touched);
    }
}
