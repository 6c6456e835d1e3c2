package io.tributary.server.ingest;

import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.model.DataType;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataStore;
import io.tributary.server.storage.DataStore.Interval;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Pulls the parts of a requested range the store does not have yet from the user's provider (through {@link
 * ProviderPulls}) and ingests them without events. Bookkeeping is {@code fetched_ranges}: a pulled interval is
 * recorded up to 24 hours before the pull ({@link #RECENT}), so recent data, which providers keep revising
 * (daily totals, late syncs), is pulled again by every read that covers it.
 */
@Component
public class DataFetcher {
    /** Data newer than this at pull time is never considered complete. */
    static final Duration RECENT = Duration.ofHours(24);

    private final ProviderPulls pulls;
    private final DataStore store;
    private final Clock clock;

    public DataFetcher(ProviderPulls pulls, DataStore store, Clock clock) {
        this.pulls = pulls;
        this.store = store;
        this.clock = clock;
    }

    /** Whether the user's provider can be pulled for this type (a registered connector that provides it). */
    public boolean pullable(User user, DataType type) {
        return pulls.connectorFor(user, type).isPresent();
    }

    /**
     * Makes sure {@code [from, to)} of this type is in the store, pulling the missing parts.
     *
     * @return how many objects the pulls delivered
     */
    public int ensure(EnvironmentRecord env, User user, DataType type, Instant from, Instant to)
            throws ConnectorException {
        Optional<Connector> connector = pulls.connectorFor(user, type);
        if (connector.isEmpty()) return 0;
        Instant now = clock.instant();
        if (to.isAfter(now)) to = now;
        if (!to.isAfter(from)) return 0;
        int delivered = 0;
        for (Interval gap : gaps(store.fetchedRanges(env.id(), user.id(), type.wireName(), from, to), from, to)) {
            ProviderPulls.Pulled r = pulls.pull(env, user, connector.get(), type, gap.start(), gap.end(), false);
            if (!r.supported()) return delivered;
            delivered += r.items();
            Instant complete = now.minus(RECENT);
            Instant recordTo = gap.end().isBefore(complete) ? gap.end() : complete;
            store.recordFetched(env.id(), user.id(), type.wireName(), gap.start(), recordTo);
        }
        return delivered;
    }

    /** The parts of {@code [from, to)} not covered by {@code covered} (sorted by start). */
    static List<Interval> gaps(List<Interval> covered, Instant from, Instant to) {
        List<Interval> out = new ArrayList<>();
        Instant cursor = from;
        for (Interval c : covered) {
            if (!c.end().isAfter(cursor)) continue;
            if (c.start().isAfter(cursor)) {
                Instant gapEnd = c.start().isBefore(to) ? c.start() : to;
                if (gapEnd.isAfter(cursor)) out.add(new Interval(cursor, gapEnd));
            }
            if (c.end().isAfter(cursor)) cursor = c.end();
            if (!cursor.isBefore(to)) break;
        }
        if (cursor.isBefore(to)) out.add(new Interval(cursor, to));
        return out;
    }
}
