package io.tributary.server.delivery.writer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetExceptionTest {

    @Test
    void describeKeepsTheMessagesAndDropsJavaClassNames() {
        Exception e = new RuntimeException(
                "SSL handshake failed",
                new IllegalStateException("PKIX path building failed:"
                        + " sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid"
                        + " certification path to requested target"));
        assertThat(TargetException.describe(e))
                .isEqualTo("SSL handshake failed: PKIX path building failed: unable to find valid certification path"
                        + " to requested target");
    }

    @Test
    void configurationErrorsArePrefixedInAttempts() {
        assertThat(TargetSender.error(new TargetException("bucket b does not exist", false, null)))
                .isEqualTo(TargetSender.CONFIGURATION_ERROR + "bucket b does not exist");
        assertThat(TargetSender.error(new TargetException("connection refused", true, null)))
                .isEqualTo("connection refused");
    }
}
