package io.tributary.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every connector registered through ServiceLoader passes {@link ConnectorConformance}. */
class ConnectorConformanceTest {
    @TestFactory
    Stream<DynamicTest> everyRegisteredConnectorConforms() {
        ConnectorConformance conformance = new ConnectorConformance(Path.of("").toAbsolutePath());
        return Connectors.load().all().stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.descriptor().provider(),
                        () -> assertThat(conformance.check(c))
                                .as("conformance of " + c.descriptor().provider())
                                .isEmpty()));
    }
}
