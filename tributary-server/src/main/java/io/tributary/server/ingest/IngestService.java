package io.tributary.server.ingest;

import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMerge;
import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.model.TerraUser;
import io.tributary.model.Timestamps;
import io.tributary.model.event.RawDataEvent;
import io.tributary.model.support.RawJson;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataStore;
import io.tributary.server.storage.DataStore.Outcome;
import io.tributary.server.storage.DataStore.UpsertResult;
import io.tributary.server.storage.EnvironmentSettings;
import io.tributary.server.storage.SettingsStore;
import io.tributary.server.storage.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single entry point for data (see {@link DataIngest}): groups items by type, drops types disabled in the
 * environment's settings, upserts each object by its identity key and, in the same transaction, appends one data
 * event per chunk of at most {@value RawDataEvent#MAX_OBJECTS} new or changed objects. An object JSON-equal to the
 * stored copy is {@code unchanged} and emits nothing.
 */
@Service
public class IngestService implements DataIngest {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final DataStore store;
    private final SettingsStore settings;
    private final EventWriter events;
    private final JsonMapper json;
    private final Clock clock;
    private final ScoreEnrichment scores;

    public IngestService(
            DataStore store,
            SettingsStore settings,
            EventWriter events,
            JsonMapper json,
            Clock clock,
            ScoreEnrichment scores) {
        this.store = store;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.scores = scores;
    }

    @Override
    @Transactional
    public IngestResult ingest(
            EnvironmentRecord env,
            User user,
            List<? extends TerraDataModel> items,
            String reference,
            boolean emitEvents) {
        if (items == null || items.isEmpty()) return IngestResult.EMPTY;
        EnvironmentSettings s = settings.get(env.id());
        List<TerraDataModel> kept = new ArrayList<>(items.size());
        for (TerraDataModel m : items) {
            if (m == null || m.dataType() == null) continue;
            if (!s.dataTypeEnabled(m.dataType().wireName())) continue;
            kept.add(m);
        }
        // health scores (docs/scores.md): the batch is stored with its scores; stored records whose scores it changed
        // are stored again and always delivered as updates (they lie outside what a read that passes
        // emitEvents=false returns itself)
        ScoreEnrichment.Result scored = scores.apply(env, user, kept);
        IngestResult a = store(env, user, scored.incoming(), reference, emitEvents);
        if (scored.rewritten().isEmpty()) return a;
        IngestResult b = store(env, user, scored.rewritten(), reference, true);
        return new IngestResult(
                a.inserted(), a.replaced() + b.replaced(), a.unchanged(), a.eventsEmitted() + b.eventsEmitted());
    }

    private IngestResult store(
            EnvironmentRecord env, User user, List<TerraDataModel> items, String reference, boolean emitEvents) {
        Map<DataType, List<TerraDataModel>> byType = new LinkedHashMap<>();
        for (TerraDataModel m : items)
            byType.computeIfAbsent(m.dataType(), k -> new ArrayList<>()).add(m);
        int inserted = 0, replaced = 0, unchanged = 0, emitted = 0;
        TerraUser eventUser = TerraUsers.of(user);
        for (Map.Entry<DataType, List<TerraDataModel>> e : byType.entrySet()) {
            DataType type = e.getKey();
            List<RawJson> changed = new ArrayList<>();
            for (TerraDataModel m : e.getValue()) {
                Row row = toRow(m);
                if (row == null) continue;
                UpsertResult r = store.upsert(
                        env.id(),
                        user.id(),
                        type.wireName(),
                        row.key,
                        row.start,
                        row.startLocal,
                        row.end,
                        row.json,
                        row.bytes,
                        row.summary);
                if (r.outcome() == Outcome.UNCHANGED) {
                    unchanged++;
                    continue;
                }
                if (r.outcome() == Outcome.INSERTED) inserted++;
                else replaced++;
                changed.add(new RawJson(row.json));
            }
            if (emitEvents && !changed.isEmpty()) {
                for (List<RawJson> chunk : chunks(changed)) {
                    events.append(env, user.id(), reference, RawDataEvent.of(type, eventUser, chunk));
                    emitted++;
                }
            }
        }
        if (emitted > 0) store.touchWebhookUpdate(user.id(), clock.instant());
        return new IngestResult(inserted, replaced, unchanged, emitted);
    }

    @Override
    @Transactional
    public IngestResult ingestMapped(
            EnvironmentRecord env, User user, List<MappedRecord> records, String reference, boolean emitEvents) {
        if (records == null || records.isEmpty()) return IngestResult.EMPTY;
        // per identity key: the object as it will be after this batch (stored copy + partials in order)
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        Map<String, DataType> types = new LinkedHashMap<>();
        for (MappedRecord r : records) {
            DataType type = r.model().dataType();
            String key;
            try {
                key = r.identityKey();
            } catch (IllegalArgumentException e) {
                log.warn("dropping a {} record {}: {}", type.wireName(), r.providerKey(), e.getMessage());
                continue;
            }
            JsonNode tree = json.valueToTree(r.model());
            if (key == null) {
                // no identity (e.g. no summary_id): stands alone, as ingest() treats it
                merged.put("#" + merged.size(), tree);
                types.put("#" + (merged.size() - 1), type);
                continue;
            }
            String slot = type.wireName() + "|" + key;
            if (r.partial()) {
                JsonNode base = merged.get(slot);
                if (base == null && !merged.containsKey(slot)) {
                    store.lockObject(user.id(), type.wireName(), key);
                    base = store.find(env.id(), user.id(), type.wireName(), key)
                            .map(o -> json.readTree(o.payloadJson()))
                            .orElse(null);
                }
                tree = RecordMerge.merge(base, tree);
            }
            merged.put(slot, tree);
            types.put(slot, type);
        }
        List<TerraDataModel> items = new ArrayList<>();
        merged.forEach(
                (slot, tree) -> items.add(json.treeToValue(tree, types.get(slot).modelClass())));
        return ingest(env, user, items, reference, emitEvents);
    }

    @Override
    @Transactional
    public int remove(EnvironmentRecord env, User user, DataType type, List<String> identityKeys, String reference) {
        if (identityKeys == null || identityKeys.isEmpty()) return 0;
        boolean enabled = settings.get(env.id()).dataTypeEnabled(type.wireName());
        List<RawJson> tombstones = new ArrayList<>();
        for (String key : identityKeys) {
            var payload = store.deleteObject(env.id(), user.id(), type.wireName(), key);
            if (payload.isEmpty()) continue;
            tombstones.add(new RawJson(tombstone(type, payload.get())));
        }
        if (enabled && !tombstones.isEmpty()) {
            TerraUser eventUser = TerraUsers.of(user);
            for (List<RawJson> chunk : chunks(tombstones))
                events.append(env, user.id(), reference, RawDataEvent.of(type, eventUser, chunk));
            store.touchWebhookUpdate(user.id(), clock.instant());
        }
        return tombstones.size();
    }

    /** The metadata of a removed object, marked Delete (UploadType 4) where the type's metadata has an upload type. */
    private String tombstone(DataType type, String payload) {
        JsonNode tree = json.readTree(payload);
        var out = json.createObjectNode();
        JsonNode md = tree.path("metadata");
        var meta = md.isObject() ? (tools.jackson.databind.node.ObjectNode) md.deepCopy() : json.createObjectNode();
        if (type == DataType.ACTIVITY || type == DataType.DAILY)
            meta.put("upload_type", io.tributary.model.enums.UploadType.DELETE.value());
        out.set("metadata", meta);
        return json.writeValueAsString(out);
    }

    private record Row(
            String key, Instant start, LocalDateTime startLocal, Instant end, String json, int bytes, String summary) {}

    /**
     * Objects whose JSON is longer than this are handled as text (metadata and the copy without samples read token
     * by token, {@link LargeObjectJson}) instead of as a tree, which would take several times their size in memory.
     */
    static final int LARGE_OBJECT_CHARS = 1 << 20;

    private Row toRow(TerraDataModel m) {
        // as UTF-8 bytes first: a large object's text then costs its size once more, not twice (UTF-16 buffers)
        byte[] utf8 = json.writeValueAsBytes(m);
        String full = new String(utf8, StandardCharsets.UTF_8);
        int bytes = utf8.length;
        utf8 = null;
        String start;
        String end;
        String summary;
        if (full.length() > LARGE_OBJECT_CHARS && m.dataType() != DataType.PLANNED_WORKOUT) {
            String[] times = LargeObjectJson.metadataTimes(json, full);
            start = times[0];
            end = times[1];
            summary = LargeObjectJson.withoutSamples(json, m.dataType(), full);
            return row(m, full, bytes, start, end, summary);
        }
        JsonNode tree = json.readTree(full);
        start = text(tree.path("metadata").path("start_time"));
        end = text(tree.path("metadata").path("end_time"));
        if (start == null && m.dataType() == DataType.PLANNED_WORKOUT) {
            // classic: metadata.planned_date; current: planned_date or details.metadata.planned_date
            start = text(tree.path("metadata").path("planned_date"));
            if (start == null) start = text(tree.path("planned_date"));
            if (start == null)
                start = text(tree.path("details").path("metadata").path("planned_date"));
        }
        JsonNode stripped = tree.deepCopy();
        SampleStripper.strip(m.dataType(), stripped);
        summary = stripped.equals(tree) ? null : json.writeValueAsString(stripped);
        return row(m, full, bytes, start, end, summary);
    }

    private Row row(TerraDataModel m, String full, int bytes, String start, String end, String summary) {
        String key;
        try {
            key = m.identityKey();
        } catch (IllegalArgumentException ex) {
            log.warn("dropping a {} object: {}", m.dataType().wireName(), ex.getMessage());
            return null;
        }
        if (key == null && start != null && (m.dataType() == DataType.ACTIVITY || m.dataType() == DataType.SLEEP))
            key = "start:" + start; // no summary_id: the start time identifies it
        if (key == null) {
            log.warn("dropping a {} object without identity key", m.dataType().wireName());
            return null;
        }
        OffsetDateTime s = parse(start);
        OffsetDateTime en = parse(end);
        if (m.dataType() == DataType.ATHLETE || s == null) {
            // no time: sorts first, found by identity key (athlete) or by an open range
            return new Row(key, null, LocalDateTime.of(1970, 1, 1, 0, 0), null, full, bytes, summary);
        }
        return new Row(
                key, s.toInstant(), s.toLocalDateTime(), en == null ? null : en.toInstant(), full, bytes, summary);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asString();
    }

    private static OffsetDateTime parse(String t) {
        if (t == null || t.isBlank()) return null;
        try {
            return Timestamps.parse(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Groups JSON objects into event-sized chunks: ≤ 10 objects and ≤ 10 MB each. */
    static List<List<RawJson>> chunks(List<RawJson> objects) {
        List<List<RawJson>> out = new ArrayList<>();
        List<RawJson> cur = new ArrayList<>();
        long bytes = 0;
        for (RawJson o : objects) {
            long b = o.json().length();
            if (!cur.isEmpty() && (cur.size() >= RawDataEvent.MAX_OBJECTS || bytes + b > RawDataEvent.MAX_BYTES)) {
                out.add(cur);
                cur = new ArrayList<>();
                bytes = 0;
            }
            cur.add(o);
            bytes += b;
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }
}
