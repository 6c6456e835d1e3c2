package io.tributary.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.example.ExampleConnector;
import io.tributary.connectors.example.ExampleStepsMapper;
import io.tributary.model.DataType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The conformance check catches each kind of violation (so a green {@link ConnectorConformanceTest} means something). */
class ConnectorConformanceCheckTest {
    private final ConnectorConformance conformance =
            new ConnectorConformance(Path.of("").toAbsolutePath());

    @Test
    void aCompleteConnectorHasNoViolations() {
        assertThat(conformance.check(new ExampleConnector())).isEmpty();
    }

    @Test
    void plainHttpDefaultsAndMissingHistoryAreIncomplete() {
        ConnectorDescriptor http = ExampleConnector.descriptor("http://example.test");
        assertThat(conformance.check(new ExampleConnector(http, List.of(new ExampleStepsMapper()))))
                .anyMatch(s -> s.contains("TOKEN_URL must default to the provider's real https host"));
        ConnectorDescriptor d = ExampleConnector.descriptor("https://example.test");
        ConnectorDescriptor noHistory = new ConnectorDescriptor(
                d.provider(),
                d.name(),
                d.icon(),
                d.setup(),
                d.authKind(),
                d.oauth2(),
                null,
                List.of(),
                EnumSet.of(DataType.DAILY, DataType.BODY),
                java.util.Set.of(),
                true,
                false,
                d.apiUrl(),
                d.limits(),
                d.history());
        assertThat(conformance.check(new ExampleConnector(noHistory, List.of(new ExampleStepsMapper()))))
                .contains("history length of body missing", "data type body is declared but no mapper produces it");
    }

    @Test
    void aMapperThatThrowsOnAMissingOptionalFieldIsCaught() {
        assertThat(check(new ExampleStepsMapper() {
                    @Override
                    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
                        e.get("source").get("device").asString(); // NPE when the optional object is absent
                        return super.map(e);
                    }
                }))
                .anyMatch(s -> s.contains("on missing field 'source'"))
                .anyMatch(s -> s.contains("has no test class"));
    }

    @Test
    void unstableKeysAreCaught() {
        assertThat(check(new ExampleStepsMapper() {
                    @Override
                    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
                        MappedRecord r = super.map(e).get(0);
                        return List.of(MappedRecord.partial(
                                r.model(), UUID.randomUUID().toString()));
                    }
                }))
                .anyMatch(s -> s.contains("two maps of the same element differ"));
    }

    @Test
    void aRequiredFieldTheMapperDoesNotNeedIsCaught() {
        assertThat(check(new ExampleStepsMapper() {
                    @Override
                    public java.util.Set<String> requiredFields() {
                        return java.util.Set.of("id", "day", "offset_seconds", "steps");
                    }
                }))
                .anyMatch(s -> s.contains("without required 'steps' the mapper did not refuse"));
    }

    @Test
    void aMapperWithoutFixtureIsCaught() {
        assertThat(check(new ExampleStepsMapper() {
                    @Override
                    public String endpoint() {
                        return "nothing-here";
                    }
                }))
                .anyMatch(s -> s.contains("has no fixture /example/nothing-here.json"));
    }

    @Test
    void fieldPathsRecurseIntoObjectsAndArrays() {
        JsonNode n = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree("{\"a\":1,\"b\":{\"c\":[{\"d\":1},{\"e\":2}]}}");
        assertThat(ConnectorConformance.paths(n, "")).containsExactly("a", "b", "b.c", "b.c.d", "b.c.e");
        JsonNode copy = n.deepCopy();
        ConnectorConformance.remove(copy, "b.c.d");
        assertThat(copy.toString()).isEqualTo("{\"a\":1,\"b\":{\"c\":[{},{\"e\":2}]}}");
    }

    private List<String> check(RecordMapper m) {
        return conformance.check(new ExampleConnector(ExampleConnector.descriptor("https://example.test"), List.of(m)));
    }
}
