package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.standards.fhir.FhirJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FHIR format is applied where every sender is called (one send, or a batch of a bulk destination: SQL,
 * Supabase, S3, GCS, SQS, Kafka), so every destination kind receives the same Bundle.
 */
class FhirPayloadsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final class Capturing implements DestinationSender {
        final List<OutgoingEvent> got = new ArrayList<>();

        @Override
        public String type() {
            return "capture";
        }

        @Override
        public ObjectNode validateConfig(JsonNode config, EnvironmentRecord env) {
            return JSON.createObjectNode();
        }

        @Override
        public boolean batches() {
            return true;
        }

        @Override
        public SendOutcome send(DestinationConfig destination, OutgoingEvent event) {
            got.add(event);
            return SendOutcome.success(200, "ok");
        }
    }

    static DestinationService.Runtime runtime(Capturing sender, String format) {
        ObjectNode cfg = JSON.createObjectNode().put(FhirPayloads.FIELD, format);
        var dc = new DestinationConfig("dst_1", 1, UUID.randomUUID(), "testing", "capture", cfg, Duration.ofSeconds(5));
        FhirPayloads formats = new FhirPayloads(null);
        return new DestinationService.Runtime(null, sender, dc, List.of(), e -> formats.apply(dc, e));
    }

    static OutgoingEvent event(String type, String json) {
        return new OutgoingEvent(
                "evt_01",
                "dlv_01",
                type,
                UUID.randomUUID(),
                "ref",
                Instant.EPOCH,
                Instant.parse("2026-11-02T10:00:00Z"),
                json.getBytes(StandardCharsets.UTF_8),
                List.of("secret"));
    }

    static final String DAILY =
            "{\"user\":{\"user_id\":\"4f0c1f3e-6a6b-4e0e-9d1e-2a3b4c5d6e7f\",\"provider\":\"OURA\"},"
                    + "\"data\":[{\"metadata\":{\"start_time\":\"2026-11-02T00:00:00+01:00\",\"end_time\":"
                    + "\"2026-11-02T23:59:59+01:00\"},\"distance_data\":{\"steps\":812}}],\"type\":\"daily\"}";

    @Test
    void aBatchOfABulkDestinationInFhirModeCarriesBundles() {
        Capturing c = new Capturing();
        List<SendOutcome> out = Sends.sendBatch(
                runtime(c, "fhir"), List.of(event("daily", DAILY), event("auth", "{\"type\":\"auth\"}")));
        assertThat(out).hasSize(2);
        Bundle b = FhirJson.parser()
                .parseResource(Bundle.class, new String(c.got.get(0).payload(), StandardCharsets.UTF_8));
        assertThat(b.getIdPart()).isEqualTo("evt-01");
        assertThat(b.getEntry()).hasSize(3); // Patient, Device, the steps
        assertThat(b.getEntry().get(0).getFullUrl()).startsWith(FhirPayloads.FALLBACK_BASE);
        // a non-data event stays Terra JSON
        assertThat(c.got.get(1).payloadString()).isEqualTo("{\"type\":\"auth\"}");
        // the same event gives the same bytes (retries are deduplicated and signed alike)
        Capturing again = new Capturing();
        Sends.sendBatch(runtime(again, "fhir"), List.of(event("daily", DAILY)));
        assertThat(again.got.get(0).payload()).isEqualTo(c.got.get(0).payload());
    }

    @Test
    void terraModeSendsThePayloadUnchanged() {
        Capturing c = new Capturing();
        Sends.sendBatch(runtime(c, "terra"), List.of(event("daily", DAILY)));
        assertThat(c.got.get(0).payloadString()).isEqualTo(DAILY);
    }
}
