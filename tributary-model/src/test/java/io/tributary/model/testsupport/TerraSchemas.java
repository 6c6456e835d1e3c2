package io.tributary.model.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.ResourceLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Access to Terra's JSON Schemas ({@code schemas/core}), which are reference data outside the repository. Looked up
 * in the system property / environment variable {@code TRIBUTARY_TERRA_SCHEMAS}, then
 * {@code <repo root>/../shared/terra-openapi/schemas/core}.
 */
public final class TerraSchemas {
    public static final String PROPERTY = "TRIBUTARY_TERRA_SCHEMAS";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static volatile TerraSchemas instance;

    private final Path dir;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> raw = new ConcurrentHashMap<>();

    private TerraSchemas(Path dir) {
        this.dir = dir;
        ResourceLoader fileLoader = iri -> {
            String s = iri.toString();
            if (!s.startsWith("file:")) {
                return null;
            }
            return () -> Files.newInputStream(Path.of(URI.create(s)));
        };
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.resourceLoaders(l -> l.add(fileLoader)));
    }

    /** The candidate folders, in lookup order. */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String configured = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv(PROPERTY));
        if (configured != null && !configured.isBlank()) {
            out.add(Path.of(configured));
        }
        Path root = repoRoot();
        out.add(root.resolve("../shared/terra-openapi/schemas/core").normalize());
        return out;
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q.resolve("mvnw")) && Files.isDirectory(q.resolve("tributary-model"))) {
                return q;
            }
        }
        return p.getParent() != null ? p.getParent() : p;
    }

    /** The schemas, or a skipped test (JUnit assumption) when they are not available. */
    public static TerraSchemas require() {
        TerraSchemas s = instance;
        if (s != null) {
            return s;
        }
        List<Path> candidates = candidates();
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("Activity.yaml"))) {
                instance = new TerraSchemas(c.toAbsolutePath().normalize());
                return instance;
            }
        }
        Assumptions.assumeTrue(
                false,
                "Terra schemas not found at " + candidates + " (set -D" + PROPERTY + "=<dir> or env " + PROPERTY
                        + "); contract test skipped");
        throw new IllegalStateException("unreachable");
    }

    public Path dir() {
        return dir;
    }

    public boolean exists(String name) {
        return Files.isRegularFile(dir.resolve(name + ".yaml"));
    }

    /** Names (without {@code .yaml}) of all schema files. */
    public List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema file as a tree. */
    public JsonNode raw(String name) {
        return raw.computeIfAbsent(
                name, n -> YAML.readTree(dir.resolve(n + ".yaml").toFile()));
    }

    /**
     * The declared {@code properties} keys of an object schema, including those of its {@code allOf} parents other
     * than the {@code WebhookEvent} base (whose optional {@code status} only some events carry).
     */
    public Set<String> propertyNames(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode parent : raw(name).path("allOf")) {
            String ref = parent.path("$ref").asString("");
            if (ref.endsWith(".yaml") && !ref.equals("WebhookEvent.yaml")) {
                out.addAll(propertyNames(ref.substring(0, ref.length() - 5)));
            }
        }
        raw(name).path("properties").propertyNames().forEach(out::add);
        return out;
    }

    /** The property schemas of an object schema, including {@code allOf} parents as in {@link #propertyNames}. */
    public Map<String, JsonNode> properties(String name) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (JsonNode parent : raw(name).path("allOf")) {
            String ref = parent.path("$ref").asString("");
            if (ref.endsWith(".yaml") && !ref.equals("WebhookEvent.yaml")) {
                out.putAll(properties(ref.substring(0, ref.length() - 5)));
            }
        }
        JsonNode props = raw(name).path("properties");
        props.propertyNames().forEach(p -> out.put(p, props.get(p)));
        return out;
    }

    /** Validation errors of {@code json} against the named schema (empty when valid). */
    public List<String> validate(String name, String json) {
        Schema schema = compiled.computeIfAbsent(name, n -> {
            Schema s = registry.getSchema(
                    SchemaLocation.of(dir.resolve(n + ".yaml").toUri().toString()));
            s.initializeValidators();
            return s;
        });
        List<com.networknt.schema.Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(com.networknt.schema.Error::toString).toList();
    }
}
