package io.tributary.server.delivery.writer;

import io.tributary.server.shared.ApiException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a destination's JSON configuration field by field and collects every problem, so one 400
 * problem+json names all wrong fields at once ({@link #done()}).
 */
public final class ConfigFields {
    private final JsonNode cfg;
    private final String kind;
    private final List<String> problems = new ArrayList<>();

    public ConfigFields(JsonNode cfg, String kind) {
        this.cfg = cfg == null ? tools.jackson.databind.node.MissingNode.getInstance() : cfg;
        this.kind = kind;
        if (cfg != null && !cfg.isObject() && !cfg.isMissingNode() && !cfg.isNull())
            problems.add("the configuration must be a JSON object");
    }

    public String required(String name) {
        String v = optional(name, null);
        if (v == null) problems.add("`" + name + "` is required for a " + kind + " destination");
        return v;
    }

    public String optional(String name, String def) {
        JsonNode n = cfg.get(name);
        if (n == null || n.isNull() || n.isMissingNode()) return def;
        if (!n.isString() && !n.isNumber() && !n.isBoolean()) {
            problems.add("`" + name + "` must be a string");
            return def;
        }
        String s = n.asString().strip();
        return s.isEmpty() ? def : s;
    }

    public int integer(String name, int def, int min, int max) {
        JsonNode n = cfg.get(name);
        if (n == null || n.isNull()) return def;
        int v;
        if (n.isIntegralNumber()) v = n.asInt();
        else if (n.isString() && n.asString().strip().matches("-?\\d{1,9}"))
            v = Integer.parseInt(n.asString().strip());
        else {
            problems.add("`" + name + "` must be an integer between " + min + " and " + max);
            return def;
        }
        if (v < min || v > max) {
            problems.add("`" + name + "` must be between " + min + " and " + max + " (got " + v + ")");
            return def;
        }
        return v;
    }

    public boolean bool(String name, boolean def) {
        JsonNode n = cfg.get(name);
        if (n == null || n.isNull()) return def;
        if (n.isBoolean()) return n.asBoolean();
        if (n.isString()
                && Set.of("true", "false").contains(n.asString().strip().toLowerCase()))
            return Boolean.parseBoolean(n.asString().strip());
        problems.add("`" + name + "` must be true or false");
        return def;
    }

    public String oneOf(String name, String def, Set<String> allowed) {
        String v = optional(name, def);
        if (v != null && !allowed.contains(v)) {
            problems.add("`" + name + "` must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + " (got `" + v + "`)");
            return def;
        }
        return v;
    }

    /** An absolute http(s) URL, returned without a trailing slash. */
    public URI url(String name, boolean required) {
        String v = required ? required(name) : optional(name, null);
        if (v == null) return null;
        try {
            URI u = new URI(v);
            if (u.getScheme() == null
                    || !Set.of("http", "https").contains(u.getScheme().toLowerCase())
                    || u.getHost() == null) throw new IllegalArgumentException();
            String s = u.toString();
            while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
            return URI.create(s);
        } catch (Exception e) {
            problems.add("`" + name + "` must be an absolute http(s) URL (got `" + v + "`)");
            return null;
        }
    }

    /** A SQL identifier we quote ourselves: letters, digits and underscores only. */
    public String identifier(String name) {
        String v = optional(name, null);
        if (v != null && !v.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            problems.add("`" + name + "` must be a plain identifier (letters, digits, underscores; got `" + v + "`)");
            return null;
        }
        return v;
    }

    public void problem(String message) {
        problems.add(message);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Throws a 400 naming every problem found; call after reading all fields. */
    public void done() {
        if (!problems.isEmpty())
            throw ApiException.badRequest(
                    "Invalid " + kind + " destination configuration: " + String.join("; ", problems));
    }
}
