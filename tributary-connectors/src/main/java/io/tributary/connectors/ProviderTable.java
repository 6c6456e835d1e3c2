package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README's provider table, generated from the descriptors (the README embeds it between {@link #BEGIN} and
 * {@link #END}; {@code ProviderTableTest} fails when it is stale and prints the fresh one).
 */
public final class ProviderTable {
    public static final String BEGIN = "<!-- provider-table:begin (generated from the connector descriptors) -->";
    public static final String END = "<!-- provider-table:end -->";

    private ProviderTable() {}

    public static String markdown(List<Connector> connectors) {
        StringBuilder b = new StringBuilder();
        b.append("| Provider | Name | Auth | Data types | History | Per request | Backfill by | Push | Limits |"
                + " URL overrides |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Connector c : connectors.stream()
                .sorted(Comparator.comparing(x -> x.descriptor().provider()))
                .toList()) {
            ConnectorDescriptor d = c.descriptor();
            b.append("| `")
                    .append(d.provider())
                    .append("` | ")
                    .append(d.name())
                    .append(" | ")
                    .append(auth(d))
                    .append(" | ")
                    .append(d.dataTypes().stream()
                            .map(DataType::wireName)
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(history(d))
                    .append(" | ")
                    .append(
                            d.authKind() == AuthKind.SDK
                                    ? "—"
                                    : days(d.history().maxWindow()))
                    .append(" | ")
                    .append(
                            d.authKind() == AuthKind.SDK
                                    ? "—"
                                    : d.history().delivery().name().toLowerCase())
                    .append(" | ")
                    .append(pushes(c))
                    .append(" | ")
                    .append(limits(d))
                    .append(" | ")
                    .append(urlKeys(d))
                    .append(" |\n");
        }
        return b.toString();
    }

    /** The table inside its markers, as the README holds it. */
    public static String block(List<Connector> connectors) {
        return BEGIN + "\n" + markdown(connectors) + END;
    }

    private static String auth(ConnectorDescriptor d) {
        if (d.authKind() == AuthKind.OAUTH2 && d.oauth2() != null && d.oauth2().pkce()) return "OAuth 2.0 + PKCE";
        return switch (d.authKind()) {
            case OAUTH2 -> "OAuth 2.0";
            case OAUTH1 -> "OAuth 1.0a";
            case CREDENTIALS -> "credentials";
            case SDK -> "mobile SDK";
            case NONE -> "none";
        };
    }

    private static String history(ConnectorDescriptor d) {
        if (d.authKind() == AuthKind.SDK) return "on device";
        Map<DataType, Duration> a = d.history().available();
        String initial = days(d.history().initial()) + " on connect";
        if (a.isEmpty()) return initial;
        long min = a.values().stream().mapToLong(Duration::toDays).min().orElse(0);
        long max = a.values().stream().mapToLong(Duration::toDays).max().orElse(0);
        return initial + " (kept: " + (min == max ? min + " d" : min + "–" + max + " d") + ")";
    }

    private static String pushes(Connector c) {
        return c.pushReceiver().isPresent()
                ? "`/v2/hooks/" + c.descriptor().provider().toLowerCase(java.util.Locale.ROOT) + "`"
                : "—";
    }

    private static String days(Duration d) {
        return d.toDays() + " d";
    }

    private static String limits(ConnectorDescriptor d) {
        String rl = d.limits().rateLimits().stream()
                .map(ProviderLimits.RateLimit::describe)
                .collect(Collectors.joining("; "));
        return "≤" + d.limits().maxConcurrentRequests() + " concurrent" + (rl.isEmpty() ? "" : "; " + rl);
    }

    private static String urlKeys(ConnectorDescriptor d) {
        if (d.urls().isEmpty()) return "—";
        return d.urls().keySet().stream().map(k -> "`" + d.envVar(k) + "`").collect(Collectors.joining(", "));
    }
}
