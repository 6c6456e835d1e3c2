package io.tributary.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.tributary.server.api.archfixture.RawEdges;
import org.junit.jupiter.api.Test;

/** The controller rules of {@link ArchitectureTest} fail on what they forbid (and only on that). */
class ArchitectureRulesCatchTest {
    private final JavaClasses fixture = new ClassFileImporter().importClasses(RawEdges.class);

    @Test
    void rawJsonAndMapsInHandlerSignaturesAreViolations() {
        EvaluationResult r = ArchitectureTest.controllersSpeakRecords.evaluate(fixture);
        assertThat(r.hasViolation()).isTrue();
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertThat(report).contains("returnsMap()", "takesJson(", "nested()");
        assertThat(report).doesNotContain("declared()").doesNotContain("helper()");
    }

    @Test
    void apiReachingStorageIsAViolation() {
        EvaluationResult r = ArchitectureTest.controllersDoNotReachStorage.evaluate(fixture);
        assertThat(r.hasViolation()).isTrue();
        assertThat(String.join("\n", r.getFailureReport().getDetails())).contains("storage.User");
    }
}
