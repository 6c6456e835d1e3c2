package io.tributary.server.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this process does ({@code TRIBUTARY_ROLES}, default every role): a deployment runs API-only nodes behind its
 * load balancer and worker nodes beside them, all on one PostgreSQL. Background work of every role is claimed from
 * the database with leases ({@code FOR UPDATE SKIP LOCKED} and the node heartbeat), so any number of nodes may hold
 * the same role; a role no node holds simply waits (events stay in the outbox, uploads stay queued) until one does.
 *
 * <ul>
 *   <li>{@code api}: the HTTP API, widget, hooks and dashboard; without it those answer 503 and only
 *       {@code /actuator/**} is served.
 *   <li>{@code delivery}: the outbox's delivery engine and destination healthchecks.
 *   <li>{@code sync}: scheduled provider pulls, backfills and asynchronous data reads.
 *   <li>{@code uploads}: the file-upload workers.
 *   <li>{@code streaming}: the streaming API's websocket.
 * </ul>
 */
@Component
public class NodeRoles {
    private static final Logger log = LoggerFactory.getLogger(NodeRoles.class);

    public enum Role {
        API,
        DELIVERY,
        SYNC,
        UPLOADS,
        STREAMING;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Set<Role> roles;

    public NodeRoles(@Value("${tributary.roles:api,delivery,sync,uploads,streaming}") String roles) {
        this.roles = parse(roles);
        log.info("Node roles: {}", this.roles.stream().map(Role::wireName).collect(Collectors.joining(",")));
    }

    /** Every role, as a process started without {@code TRIBUTARY_ROLES} has them. */
    public static NodeRoles all() {
        return new NodeRoles("");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    static Set<Role> parse(String text) {
        if (text == null || text.isBlank()) return EnumSet.allOf(Role.class);
        EnumSet<Role> out = EnumSet.noneOf(Role.class);
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) continue;
            if (p.equals("all")) {
                out.addAll(EnumSet.allOf(Role.class));
                continue;
            }
            Role match = Arrays.stream(Role.values())
                    .filter(r -> r.wireName().equals(p))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("TRIBUTARY_ROLES: unknown role '" + part.trim()
                            + "'; the roles are "
                            + Arrays.stream(Role.values()).map(Role::wireName).collect(Collectors.joining(", "))
                            + " (or all)"));
            out.add(match);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("TRIBUTARY_ROLES names no role");
        return out;
    }
}
