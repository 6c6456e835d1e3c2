package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.ModelClasses;
import io.tributary.model.testsupport.Populator;
import io.tributary.model.testsupport.TerraSchemas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fully populated records, serialised, must validate against the Terra schema of the same name and write every
 * property the schema declares (and nothing else, apart from Tributary's documented additions).
 */
class ContractTest {
    /** Properties Tributary writes beyond the schema (docs/decisions.md#10, event catalogue). */
    static final Map<String, Set<String>> ADDITIONS = Map.of(
            "ActivityLevelSample", Set.of("level"),
            "AuthSuccessEvent", Set.of("reference_id"),
            "AuthErrorEvent", Set.of("user", "provider", "message", "widget_session_id"));

    static final List<String> REQUIRED_RECORDS = List.of(
            "Activity",
            "Sleep",
            "Body",
            "Daily",
            "Nutrition",
            "Menstruation",
            "Athlete",
            "PlannedWorkout",
            "TerraUser",
            "event.ActivityEvent",
            "event.SleepEvent",
            "event.BodyEvent",
            "event.DailyEvent",
            "event.NutritionEvent",
            "event.MenstruationEvent",
            "event.PlannedWorkoutEvent",
            "event.AthleteEvent",
            "event.AuthSuccessEvent",
            "event.AuthErrorEvent",
            "event.DeauthEvent",
            "event.UserReauthEvent",
            "event.AccessRevokedEvent",
            "event.ConnectionErrorEvent",
            "event.PermissionChangeEvent",
            "event.LargeRequestProcessingEvent",
            "event.LargeRequestSendingEvent",
            "event.S3PayloadEvent",
            "event.HealthcheckEvent",
            "event.DataSentToWebhook");

    @Test
    void requiredModelsAndEventsExist() throws Exception {
        for (String n : REQUIRED_RECORDS) {
            assertThat(Class.forName("io.tributary.model." + n).isRecord())
                    .as(n)
                    .isTrue();
        }
    }

    @Test
    void everyObjectSchemaHasARecordOfTheSameName() {
        TerraSchemas schemas = TerraSchemas.require();
        Set<String> records = new LinkedHashSet<>();
        ModelClasses.records().forEach(c -> records.add(c.getSimpleName()));
        List<String> objectSchemas = schemas.names().stream()
                .filter(n -> schemas.raw(n).has("properties"))
                .filter(n -> !n.equals("WebhookEvent")) // the base of all events: interface WebhookEvent
                .toList();
        assertThat(objectSchemas).hasSizeGreaterThan(150);
        assertThat(records).containsAll(objectSchemas);
    }

    @TestFactory
    Stream<DynamicTest> populatedRecordsValidateAgainstTheirSchema() {
        TerraSchemas schemas = TerraSchemas.require();
        return ModelClasses.records().stream()
                .filter(c -> schemas.exists(c.getSimpleName()))
                .map(c -> dynamicTest(c.getSimpleName(), () -> {
                    String name = c.getSimpleName();
                    Record instance = Populator.populate(c);
                    String json = Json.MAPPER.writeValueAsString(instance);

                    assertThat(schemas.validate(name, json)).as(json).isEmpty();

                    JsonNode tree = Json.MAPPER.readTree(json);
                    Set<String> written = new LinkedHashSet<>(tree.propertyNames());
                    Set<String> declared = schemas.propertyNames(name);
                    assertThat(written).as("properties written by " + name).containsAll(declared);
                    Set<String> allowed = new LinkedHashSet<>(declared);
                    allowed.addAll(ADDITIONS.getOrDefault(name, Set.of()));
                    assertThat(written)
                            .as("no undeclared properties in " + name)
                            .isSubsetOf(allowed);

                    assertThat(Json.MAPPER.readValue(json, c)).isEqualTo(instance);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyRecordRoundTripsFullyPopulated() {
        return ModelClasses.records().stream()
                .map(c -> dynamicTest(c.getSimpleName(), () -> {
                    Record instance = Populator.populate(c);
                    String json = Json.MAPPER.writeValueAsString(instance);
                    JsonNode tree = Json.MAPPER.readTree(json);
                    assertThat(tree.has("extra")).isFalse();
                    for (var rc : c.getRecordComponents()) {
                        if (!rc.getName().equals("extra")) {
                            String jsonName = rc.getAccessor()
                                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class)
                                    .value();
                            assertThat(tree.has(jsonName))
                                    .as(c.getSimpleName() + "." + jsonName)
                                    .isTrue();
                        }
                    }
                    assertThat(Json.MAPPER.readValue(json, c)).isEqualTo(instance);
                }));
    }
}
