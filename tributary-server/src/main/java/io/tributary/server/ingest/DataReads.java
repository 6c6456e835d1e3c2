package io.tributary.server.ingest;

import io.tributary.connectors.ConnectorException;
import io.tributary.model.DataType;
import io.tributary.model.IdentityKeys;
import io.tributary.model.TerraUser;
import io.tributary.model.event.LargeRequestProcessingEvent;
import io.tributary.model.event.LargeRequestSendingEvent;
import io.tributary.model.event.RawDataEvent;
import io.tributary.model.support.RawJson;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.DataStore;
import io.tributary.server.storage.ShortReadStore;
import io.tributary.server.storage.StoredObject;
import io.tributary.server.storage.User;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data reads (api.md §2.5): synchronous reads stream the stored objects straight into the response; asynchronous
 * reads are emitted as data events by {@link AsyncReadJobs}. Both first pull what the store does not have yet
 * ({@link DataFetcher}).
 */
@Service
public class DataReads {
    private final DataStore store;
    private final ShortReadStore shortReads;
    private final DataFetcher fetcher;
    private final EventWriter events;
    private final JsonMapper json;
    private final Clock clock;

    public DataReads(
            DataStore store,
            ShortReadStore shortReads,
            DataFetcher fetcher,
            EventWriter events,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.shortReads = shortReads;
        this.fetcher = fetcher;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Pulls missing data for a synchronous read; provider failures become 502 with the reason. Returns the number of
     * objects the provider delivered (0 when nothing was missing or the provider is not pulled from).
     */
    public int fetchForSyncRead(EnvironmentRecord env, User user, ReadRequest req) {
        try {
            return pull(env, user, req);
        } catch (ConnectorException e) {
            throw new ApiException(
                    HttpStatus.BAD_GATEWAY,
                    "could not read " + req.type().wireName() + " from the user's provider " + user.provider() + " ("
                            + e.kind().name().toLowerCase() + "): " + e.getMessage());
        }
    }

    /** Pulls missing data; for the athlete, the profile as of now. Returns the number of objects delivered. */
    public int pull(EnvironmentRecord env, User user, ReadRequest req) throws ConnectorException {
        if (req.type() == DataType.ATHLETE) {
            if (store.find(env.id(), user.id(), "athlete", IdentityKeys.ATHLETE_KEY)
                    .isEmpty()) {
                Instant now = clock.instant();
                return fetcher.ensure(env, user, DataType.ATHLETE, now.minus(Duration.ofDays(1)), now);
            }
            return 0;
        }
        return fetcher.ensure(
                env,
                user,
                req.type(),
                req.range().earliestInstant(),
                req.range().latestInstant());
    }

    /**
     * A synchronous read of a {@linkplain #small small} range: the user and the objects in one round trip, then the
     * pull of what the store does not have yet; only if the provider delivered something are the objects read again.
     * Empty when the user is not found in the environment. For a once-a-day type of a user whose provider is not
     * pulled from, this is the whole read: one statement.
     */
    public Optional<SyncBody> readSmall(EnvironmentRecord env, UUID userId, ReadRequest req) {
        String type = req.type().wireName();
        Optional<ShortReadStore.UserObjects> read =
                shortReads.read(env.id(), userId, type, req.range(), req.withSamples());
        if (read.isEmpty()) return Optional.empty();
        if (fetchForSyncRead(env, read.get().user(), req) > 0)
            read = shortReads.read(env.id(), userId, type, req.range(), req.withSamples());
        return read.map(r -> new SyncBody(new byte[][] {
            USER_FIELD,
            json.writeValueAsBytes(TerraUsers.json(r.user())),
            DATA_FIELD,
            r.objectsJson(),
            TYPE_FIELD,
            json.writeValueAsBytes(type),
            END
        }));
    }

    /** A response body in parts, so the objects' bytes are written as they came from the database. */
    public record SyncBody(byte[][] parts) {
        public int length() {
            int n = 0;
            for (byte[] p : parts) n += p.length;
            return n;
        }

        public void writeTo(OutputStream out) throws IOException {
            for (byte[] p : parts) out.write(p);
        }
    }

    /**
     * Writes {@code {"user":…,"data":[…],"type":…}} as UTF-8, copying the stored objects' JSON from the store
     * into {@code out} as they come through a cursor: for ranges that are not {@linkplain #small small}.
     */
    public void writeSync(EnvironmentRecord env, User user, ReadRequest req, OutputStream out) {
        try {
            out.write(USER_FIELD);
            out.write(json.writeValueAsBytes(TerraUsers.json(user)));
            out.write(DATA_FIELD);
            boolean[] first = {true};
            Consumer<byte[]> each = o -> {
                try {
                    if (!first[0]) out.write(',');
                    first[0] = false;
                    out.write(o);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            store.streamJson(env.id(), user.id(), req.type().wireName(), req.range(), req.withSamples(), each);
            out.write(TYPE_FIELD);
            out.write(json.writeValueAsBytes(req.type().wireName()));
            out.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final byte[] USER_FIELD = "{\"user\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATA_FIELD = ",\"data\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TYPE_FIELD = "],\"type\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = {'}'};

    /** At most this many days of a once-a-day type are read in one round trip instead of through a cursor. */
    static final Duration SMALL_SPAN = Duration.ofDays(62);

    /** A read that returns few objects for sure: a once-a-day type over a short range. */
    public static boolean small(ReadRequest req) {
        boolean daily = switch (req.type()) {
            case DAILY, BODY, NUTRITION, MENSTRUATION, SLEEP -> true;
            default -> false;
        };
        return daily
                && Duration.between(req.range().earliestInstant(), req.range().latestInstant())
                                .compareTo(SMALL_SPAN)
                        <= 0;
    }

    /** The stored athlete object JSON, if any. */
    public Optional<String> athlete(EnvironmentRecord env, User user) {
        return store.find(env.id(), user.id(), "athlete", IdentityKeys.ATHLETE_KEY)
                .map(StoredObject::payloadJson);
    }

    /** Large requests (docs/decisions.md#7), first step: {@code large_request_processing}. */
    @Transactional
    public void announceLarge(EnvironmentRecord env, User user, ReadRequest req, String reference) {
        events.append(env, user.id(), reference, LargeRequestProcessingEvent.of(TerraUsers.of(user), reference));
    }

    /**
     * Emits the result of an asynchronous read as data events with the request's reference, from one consistent
     * snapshot: for a large request {@code large_request_sending} with {@code expected_payloads} first. A small
     * request with no data emits one event with an empty {@code data} array, so the caller learns it is complete.
     *
     * @return the number of data events written
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public int emit(EnvironmentRecord env, User user, ReadRequest req, String reference) {
        DataType type = req.type();
        TerraUser eventUser = TerraUsers.of(user);
        if (type == DataType.ATHLETE) {
            Optional<String> a = athlete(env, user);
            if (a.isEmpty()) return 0;
            data(env, user, eventUser, type, List.of(new RawJson(a.get())), reference);
            store.touchWebhookUpdate(user.id(), clock.instant());
            return 1;
        }
        DataRange range = req.range();
        List<Integer> sizes = store.sizes(env.id(), user.id(), type.wireName(), range);
        int expected = countChunks(sizes);
        if (req.large())
            events.append(env, user.id(), reference, LargeRequestSendingEvent.of(eventUser, reference, expected));
        if (sizes.isEmpty()) {
            if (!req.large()) {
                data(env, user, eventUser, type, List.of(), reference);
                return 1;
            }
            return 0;
        }
        List<RawJson> chunk = new ArrayList<>();
        long[] bytes = {0};
        int[] written = {0};
        store.stream(env.id(), user.id(), type.wireName(), range, req.withSamples(), o -> {
            if (!chunk.isEmpty()
                    && (chunk.size() >= RawDataEvent.MAX_OBJECTS
                            || bytes[0] + o.payloadBytes() > RawDataEvent.MAX_BYTES)) {
                data(env, user, eventUser, type, chunk, reference);
                written[0]++;
                chunk.clear();
                bytes[0] = 0;
            }
            chunk.add(new RawJson(o.payloadJson()));
            bytes[0] += o.payloadBytes();
        });
        if (!chunk.isEmpty()) {
            data(env, user, eventUser, type, chunk, reference);
            written[0]++;
        }
        store.touchWebhookUpdate(user.id(), clock.instant());
        return written[0];
    }

    /** One data event of the stored objects' JSON text (copied into the event, not parsed). */
    private void data(
            EnvironmentRecord env, User user, TerraUser eventUser, DataType type, List<RawJson> objects, String ref) {
        events.append(env, user.id(), ref, RawDataEvent.of(type, eventUser, objects));
    }

    /** Chunks of ≤ 10 objects and ≤ 10 MB (by stored size), greedily in order. */
    static int countChunks(List<Integer> sizes) {
        int chunks = 0, n = 0;
        long bytes = 0;
        for (int s : sizes) {
            if (n > 0 && (n >= RawDataEvent.MAX_OBJECTS || bytes + s > RawDataEvent.MAX_BYTES)) {
                chunks++;
                n = 0;
                bytes = 0;
            }
            n++;
            bytes += s;
        }
        return n > 0 ? chunks + 1 : chunks;
    }
}
