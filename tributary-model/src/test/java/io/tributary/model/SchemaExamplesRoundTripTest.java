package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tributary.model.enums.TerraIntEnum;
import io.tributary.model.enums.TerraStringEnum;
import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.ModelClasses;
import io.tributary.model.testsupport.TerraSchemas;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas carry {@code examples} per property (and per enum). For every object schema an instance made of the
 * first example of each property is read into the record and written back: the trees must be equal. Enum examples
 * must map to a constant of the enum of the same name and serialise back unchanged; enum constants must equal the
 * schema's values.
 */
class SchemaExamplesRoundTripTest {

    @TestFactory
    Stream<DynamicTest> propertyExamplesRoundTripThroughTheRecords() {
        TerraSchemas schemas = TerraSchemas.require();
        return ModelClasses.records().stream()
                .filter(c -> schemas.exists(c.getSimpleName()))
                .map(c -> dynamicTest(c.getSimpleName(), () -> {
                    ObjectNode example = exampleOf(schemas, c.getSimpleName());
                    if (example.isEmpty()) {
                        return;
                    }
                    Object record = Json.MAPPER.treeToValue(example, c);
                    JsonNode back = Json.MAPPER.valueToTree(record);
                    ObjectNode expected = example.deepCopy();
                    // constant properties (event type/status) are filled in by the records
                    schemas.properties(c.getSimpleName()).forEach((p, s) -> {
                        if (s.has("const") && !expected.has(p)) {
                            expected.set(p, s.get("const"));
                        }
                    });
                    // both names are written (docs/decisions.md#10)
                    if (c.getSimpleName().equals("ActivityLevelSample") && expected.has("activity_level")) {
                        expected.set("level", expected.get("activity_level"));
                    }
                    assertThat(Json.sameTree(back, expected))
                            .as("%s: %s -> %s", c.getSimpleName(), example, back)
                            .isTrue();
                }));
    }

    private static ObjectNode exampleOf(TerraSchemas schemas, String name) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        schemas.properties(name).forEach((p, prop) -> {
            JsonNode ex = firstExample(schemas, prop);
            if (ex != null) {
                out.set(p, ex);
            }
        });
        return out;
    }

    private static JsonNode firstExample(TerraSchemas schemas, JsonNode prop) {
        if (prop.path("examples").isArray() && !prop.path("examples").isEmpty()) {
            return prop.path("examples").get(0);
        }
        List<JsonNode> alternatives = new ArrayList<>();
        alternatives.add(prop);
        prop.path("anyOf").forEach(alternatives::add);
        for (JsonNode alt : alternatives) {
            String ref = alt.path("$ref").asString("");
            if (ref.endsWith(".yaml")) {
                JsonNode target = schemas.raw(ref.substring(0, ref.length() - 5));
                if (!target.has("properties")
                        && target.path("examples").isArray()
                        && !target.path("examples").isEmpty()) {
                    return target.path("examples").get(0);
                }
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> enumsMatchTheirSchemas() {
        TerraSchemas schemas = TerraSchemas.require();
        return ModelClasses.all().stream()
                .filter(Class::isEnum)
                .filter(c -> c.getPackageName().endsWith(".enums"))
                .filter(c -> schemas.exists(c.getSimpleName()))
                .map(c -> dynamicTest(c.getSimpleName(), () -> {
                    JsonNode schema = schemas.raw(c.getSimpleName());
                    Set<JsonNode> schemaValues = new LinkedHashSet<>();
                    schema.path("oneOf").forEach(o -> schemaValues.add(o.get("const")));
                    schema.path("anyOf").forEach(o -> schemaValues.add(o.get("const")));
                    schema.path("enum").forEach(schemaValues::add);
                    Set<JsonNode> enumValues = new LinkedHashSet<>();
                    for (Object constant : c.getEnumConstants()) {
                        enumValues.add(Json.MAPPER.valueToTree(constant));
                    }
                    assertThat(enumValues.stream().map(JsonNode::toString))
                            .containsExactlyInAnyOrderElementsOf(schemaValues.stream()
                                    .map(JsonNode::toString)
                                    .toList());

                    for (JsonNode ex : schema.path("examples")) {
                        Object constant = Json.MAPPER.treeToValue(ex, c);
                        assertThat(constant).as("example %s of %s", ex, c).isNotNull();
                        assertThat(Json.sameTree(Json.MAPPER.valueToTree(constant), ex))
                                .isTrue();
                        Method fromValue = c.getMethod(
                                "fromValue", TerraIntEnum.class.isAssignableFrom(c) ? int.class : String.class);
                        Object viaFromValue = fromValue.invoke(
                                null, TerraIntEnum.class.isAssignableFrom(c) ? (Object) ex.asInt() : ex.asString());
                        assertThat(viaFromValue).isSameAs(constant);
                    }
                    assertThat(TerraIntEnum.class.isAssignableFrom(c) || TerraStringEnum.class.isAssignableFrom(c))
                            .isTrue();
                }));
    }
}
