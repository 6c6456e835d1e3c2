package io.tributary.connectors;

import io.tributary.model.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every connector must satisfy, as a list of violations (empty = conformant). Run over all registered
 * connectors by {@link ConnectorConformanceTest}; shown to catch each kind of violation by {@code
 * ConnectorConformanceCheckTest}.
 *
 * <ul>
 *   <li>the descriptor is complete (names, auth spec matching the auth kind, https URLs, data types with history,
 *       limits; push-delivered history needs a push receiver);
 *   <li>every declared data type has a mapper; every mapper has a fixture {@code <provider>/<endpoint>.json} and a
 *       test class {@code <Mapper>Test}; the package has a README citing its reference pages, and so does the
 *       fixture folder;
 *   <li>mapping a fixture gives records of the mapper's type with identity and provider keys, the same ones (and
 *       the same JSON) when mapped twice;
 *   <li>dropping any optional field of any fixture element never throws; dropping a required one throws {@code
 *       BAD_RESPONSE}, nothing else;
 *   <li>a push receiver refuses an unsigned notification when no app is configured.
 * </ul>
 */
public final class ConnectorConformance {
    private static final Pattern PROVIDER = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> SETUPS = Set.of("API_KEYS_MANAGED", "CUSTOM_CREDENTIALS", "SDK");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sources that map nothing from a provider: their data is synthetic (sandbox) or mapped on upload (SDK). */
    private static final Set<String> NO_MAPPERS = Set.of("SANDBOX");

    private final Path moduleDir;

    /** @param moduleDir the tributary-connectors module (where {@code src/} is) */
    public ConnectorConformance(Path moduleDir) {
        this.moduleDir = moduleDir;
    }

    public List<String> check(Connector c) {
        List<String> v = new ArrayList<>();
        ConnectorDescriptor d = c.descriptor();
        descriptor(d, c, v);
        if (d.authKind() == AuthKind.SDK || NO_MAPPERS.contains(d.provider())) return v;
        String dir = d.provider().toLowerCase(Locale.ROOT);
        readmes(c, dir, v);
        Set<DataType> mapped = new HashSet<>();
        Set<String> endpoints = new HashSet<>();
        for (RecordMapper m : c.mappers()) {
            mapped.add(m.dataType());
            if (!endpoints.add(m.endpoint()))
                v.add(m.getClass().getSimpleName() + ": endpoint '" + m.endpoint() + "' is mapped twice");
            mapper(dir, m, v);
        }
        for (DataType t : d.dataTypes())
            if (!mapped.contains(t)) v.add("data type " + t.wireName() + " is declared but no mapper produces it");
        c.pushReceiver().ifPresent(r -> {
            Verification ver = r.verify(HookRequest.post(java.util.Map.of(), "{}"), List.of());
            if (ver.verified()) v.add("push receiver verified a notification with no signature and no app");
        });
        return v;
    }

    private void descriptor(ConnectorDescriptor d, Connector c, List<String> v) {
        if (d.provider() == null || !PROVIDER.matcher(d.provider()).matches())
            v.add("provider must be Terra's upper-case resource name, got " + d.provider());
        if (blank(d.name())) v.add("name is blank");
        if (blank(d.icon())) v.add("icon is blank");
        if (!SETUPS.contains(d.setup())) v.add("setup must be one of " + SETUPS + ", got " + d.setup());
        if (d.authKind() == null) {
            v.add("authKind is null");
            return;
        }
        if (d.dataTypes().isEmpty()) v.add("declares no data types");
        if (!d.dataTypes().containsAll(d.writableTypes())) v.add("writable types must be data types too");
        switch (d.authKind()) {
            case OAUTH2 -> {
                if (d.oauth2() == null
                        || blank(d.oauth2().authorizeUrl())
                        || blank(d.oauth2().tokenUrl())) v.add("OAUTH2 needs authorize and token URLs");
                if (d.oauth2() != null && d.oauth2().clientAuth() == null) v.add("OAUTH2 needs a client auth");
            }
            case OAUTH1 -> {
                if (d.oauth1() == null) v.add("OAUTH1 needs its three URLs");
            }
            case CREDENTIALS -> {
                if (d.credentialFields().isEmpty()) v.add("CREDENTIALS needs form fields");
            }
            default -> {}
        }
        boolean web = d.authKind() == AuthKind.OAUTH2 || d.authKind() == AuthKind.OAUTH1;
        if (web && blank(d.apiUrl())) v.add("apiUrl (API_URL) is not declared");
        d.urls().forEach((k, u) -> {
            if (u == null || !(u.startsWith("https://") || u.startsWith("/")))
                v.add(k + " must default to the provider's real https host, got " + u);
        });
        if (d.authKind() != AuthKind.SDK)
            for (DataType t : d.dataTypes())
                if (!d.history().available().containsKey(t)) v.add("history length of " + t.wireName() + " missing");
        if (d.history().delivery() == HistoryDelivery.PUSH && c.pushReceiver().isEmpty())
            v.add("history arrives by push but there is no push receiver");
        if (d.limits().maxConcurrentRequests() < 1) v.add("maxConcurrentRequests < 1");
    }

    private void readmes(Connector c, String dir, List<String> v) {
        String pkgPath = c.getClass().getPackageName().replace('.', '/');
        Path pkg = moduleDir.resolve("src/main/java").resolve(pkgPath);
        if (!Files.isDirectory(pkg)) pkg = moduleDir.resolve("src/test/java").resolve(pkgPath); // test connectors
        citing(pkg.resolve("README.md"), "package README", v);
        citing(moduleDir.resolve("src/test/resources").resolve(dir).resolve("README.md"), "fixture README", v);
    }

    private static void citing(Path readme, String what, List<String> v) {
        try {
            if (!Files.exists(readme)) v.add(what + " missing: " + readme);
            else if (!Files.readString(readme).contains("https://"))
                v.add(what + " cites no reference page (https://…): " + readme);
        } catch (IOException e) {
            v.add(what + " unreadable: " + e);
        }
    }

    private void mapper(String dir, RecordMapper m, List<String> v) {
        String name = m.getClass().getSimpleName();
        try {
            Class.forName(m.getClass().getName() + "Test", false, m.getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            v.add(name + " has no test class " + name + "Test");
        }
        String resource = "/" + dir + "/" + m.endpoint() + ".json";
        JsonNode fixture;
        try (InputStream in = ConnectorConformance.class.getResourceAsStream(resource)) {
            if (in == null) {
                v.add(name + " has no fixture " + resource);
                return;
            }
            fixture = JSON.readTree(in);
        } catch (IOException | RuntimeException e) {
            v.add(name + ": fixture " + resource + " unreadable: " + e);
            return;
        }
        List<JsonNode> elements = m.elements(fixture);
        if (elements.isEmpty()) {
            v.add(name + ": fixture " + resource + " has no elements");
            return;
        }
        for (int i = 0; i < elements.size(); i++) element(name + " " + resource + "[" + i + "]", m, elements.get(i), v);
    }

    private void element(String where, RecordMapper m, JsonNode el, List<String> v) {
        List<MappedRecord> first;
        List<MappedRecord> second;
        try {
            first = m.map(el.deepCopy());
            second = m.map(el.deepCopy());
        } catch (Exception e) {
            v.add(where + ": mapping the fixture threw " + e);
            return;
        }
        if (first.isEmpty()) v.add(where + ": maps to nothing");
        for (MappedRecord r : first) {
            if (r.model().dataType() != m.dataType())
                v.add(where + ": produced " + r.model().dataType() + ", declared " + m.dataType());
            if (blank(key(r))) v.add(where + ": a record has no identity key");
            if (blank(r.providerKey())) v.add(where + ": a record has no provider key");
        }
        if (!keys(first).equals(keys(second)) || !json(first).equals(json(second)))
            v.add(where + ": two maps of the same element differ (keys or content)");
        for (String path : paths(el, "")) {
            boolean required = m.requiredFields().contains(path)
                    || m.requiredFields().stream().anyMatch(r -> r.startsWith(path + "."));
            JsonNode copy = el.deepCopy();
            remove(copy, path);
            try {
                m.map(copy);
                if (m.requiredFields().contains(path))
                    v.add(where + ": without required '" + path + "' the mapper did not refuse the element");
            } catch (ConnectorException e) {
                if (!required) v.add(where + ": threw on missing optional field '" + path + "': " + e.getMessage());
                else if (e.kind() != ConnectorException.Kind.BAD_RESPONSE)
                    v.add(where + ": missing '" + path + "' gave " + e.kind() + ", expected BAD_RESPONSE");
            } catch (RuntimeException e) {
                v.add(where + ": threw " + e + " on missing field '" + path + "'");
            }
        }
    }

    private static String key(MappedRecord r) {
        try {
            return r.identityKey();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> keys(List<MappedRecord> rs) {
        return rs.stream()
                .map(r -> key(r) + "|" + r.providerKey() + "|" + r.partial())
                .toList();
    }

    private static List<String> json(List<MappedRecord> rs) {
        return rs.stream().map(r -> JSON.writeValueAsString(r.model())).toList();
    }

    /** Dotted paths of every field, recursing into objects and into the objects of arrays (all elements at once). */
    static Set<String> paths(JsonNode n, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        if (n.isObject()) {
            for (var e : n.properties()) {
                String p = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(p);
                out.addAll(paths(e.getValue(), p));
            }
        } else if (n.isArray()) {
            for (JsonNode el : n) out.addAll(paths(el, prefix));
        }
        return out;
    }

    /** Removes a dotted path everywhere it occurs (in every element of arrays on the way). */
    static void remove(JsonNode n, String path) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        if (n.isArray()) {
            for (JsonNode el : (ArrayNode) n) remove(el, path);
            return;
        }
        if (!n.isObject()) return;
        if (dot < 0) ((ObjectNode) n).remove(head);
        else if (n.has(head)) remove(n.get(head), path.substring(dot + 1));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
