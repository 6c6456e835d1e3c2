package io.tributary.connectors;

import java.time.Duration;
import java.util.List;

/**
 * A provider's quotas, declared as data and enforced by the server: at most {@code maxConcurrentRequests}
 * requests in flight to the provider from one node, and each {@link RateLimit} per app or per user. A 429 from the
 * provider is honoured on top ({@code Retry-After}).
 */
public record ProviderLimits(int maxConcurrentRequests, List<RateLimit> rateLimits) {
    /** No declared limits (local sources, the sandbox); concurrency still bounded. */
    public static final ProviderLimits UNLIMITED = new ProviderLimits(8, List.of());

    public ProviderLimits {
        if (maxConcurrentRequests < 1) throw new IllegalArgumentException("maxConcurrentRequests must be >= 1");
        rateLimits = rateLimits == null ? List.of() : List.copyOf(rateLimits);
    }

    /** Who a quota is counted against. */
    public enum Scope {
        /** The developer's app (one client id), all its users together. */
        APP,
        /** One connected user of the app. */
        USER
    }

    /** What a quota counts. */
    public enum Unit {
        /** HTTP requests. */
        REQUESTS,
        /** Days of history asked for in backfill requests (Garmin counts days, not calls). */
        BACKFILL_DAYS
    }

    /**
     * {@code limit} units per {@code window}, counted per {@code scope}.
     *
     * @param source where the provider documents it (a URL), for the README table and reviewers
     */
    public record RateLimit(Scope scope, long limit, Duration window, Unit unit, String source) {
        public RateLimit {
            if (limit < 1 || window == null || window.isZero() || window.isNegative())
                throw new IllegalArgumentException("rate limit needs a positive limit and window");
            if (scope == null || unit == null) throw new IllegalArgumentException("scope and unit");
        }

        public static RateLimit requests(Scope scope, long limit, Duration window, String source) {
            return new RateLimit(scope, limit, window, Unit.REQUESTS, source);
        }

        /** e.g. {@code 300/5m per app}. */
        public String describe() {
            return limit + (unit == Unit.BACKFILL_DAYS ? " days" : "") + "/" + shortDuration(window) + " per "
                    + scope.name().toLowerCase(java.util.Locale.ROOT);
        }

        static String shortDuration(Duration d) {
            long s = d.toSeconds();
            if (s % 86400 == 0) return (s / 86400 == 1 ? "" : s / 86400) + "d";
            if (s % 3600 == 0) return (s / 3600 == 1 ? "" : s / 3600) + "h";
            if (s % 60 == 0) return (s / 60 == 1 ? "" : s / 60) + "min";
            return s + "s";
        }
    }
}
