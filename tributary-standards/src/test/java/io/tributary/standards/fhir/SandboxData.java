package io.tributary.standards.fhir;

import io.tributary.connectors.sandbox.SandboxGenerator;
import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.model.TerraUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A SANDBOX user's synthetic history, as the sandbox connector generates it: every type, 30 days. */
final class SandboxData {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private SandboxData() {}

    static TerraUser user(String userId, String referenceId) {
        return new TerraUser(
                userId, "SANDBOX", "2026-10-01T00:00:00Z", null, "ACTIVITY,SLEEP", referenceId, true, Map.of());
    }

    static List<TerraDataModel> days(String seed, int days) {
        SandboxGenerator g = new SandboxGenerator(seed);
        List<TerraDataModel> out = new ArrayList<>();
        Instant start = NOW.minus(Duration.ofDays(days));
        for (DataType t : DataType.values()) {
            if (t == DataType.ATHLETE) continue;
            try {
                out.addAll(g.generate(t, start, NOW, NOW));
            } catch (RuntimeException notGenerated) {
                // a type the sandbox does not generate
            }
        }
        return out;
    }
}
