package io.tributary.server.delivery;

import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.model.TerraUser;
import io.tributary.server.shared.PublicUrls;
import io.tributary.standards.fhir.FhirJson;
import io.tributary.standards.fhir.FhirMapper;
import io.tributary.standards.fhir.Resources;
import io.tributary.standards.fhir.Subject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR output mode of a destination ({@code "payload_format": "fhir"}, docs/destinations.md): each data event of
 * a mapped type (activity, body, daily, sleep) goes out as one FHIR R4 {@code collection} Bundle — the Patient,
 * the Devices and the Observations of the event's objects (docs/fhir.md) — instead of Terra JSON. Every other event
 * (auth, healthcheck, user events, unmapped data types) keeps its Terra JSON: FHIR has no resource for it. The same
 * event always gives the same bytes (resource ids are derived, the Bundle's timestamp is the event's), so a retry is
 * signed and deduplicated like the first try.
 */
@Component
public class FhirPayloads {
    public static final String TERRA = "terra";
    public static final String FHIR = "fhir";
    public static final String FIELD = "payload_format";
    /** The fullUrl base when no public URL is configured: a reserved name that resolves nowhere. */
    static final String FALLBACK_BASE = "https://tributary.invalid";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PublicUrls urls;

    /** {@code urls} null: Bundles carry the fallback base. */
    public FhirPayloads(PublicUrls urls) {
        this.urls = urls;
    }

    /** The format named in a request body, normalised; {@code dflt} when absent. */
    public static String parse(JsonNode body, String dflt) {
        JsonNode v = body == null ? null : body.get(FIELD);
        if (v == null || v.isNull()) return dflt;
        String f = v.isString() ? v.asString().trim().toLowerCase(Locale.ROOT) : "";
        if (!f.equals(TERRA) && !f.equals(FHIR))
            throw io.tributary.server.shared.ApiException.badRequest("'" + FIELD
                    + "' must be \"terra\" (Terra JSON, the default) or \"fhir\" (a FHIR R4 Bundle per data event)");
        return f;
    }

    public static boolean fhir(DestinationConfig cfg) {
        return FHIR.equals(cfg.text(FIELD));
    }

    /** The event as this destination receives it. */
    public OutgoingEvent apply(DestinationConfig cfg, OutgoingEvent e) {
        if (!fhir(cfg) || !e.isDataEvent()) return e;
        DataType type;
        try {
            type = DataType.fromWireName(e.type());
        } catch (RuntimeException unknown) {
            return e;
        }
        if (type == null || !FhirMapper.maps(type)) return e;
        byte[] bundle = bundle(e, type);
        return new OutgoingEvent(
                e.eventId(),
                e.traceId(),
                e.type(),
                e.userId(),
                e.reference(),
                e.orderingTimestamp(),
                e.createdAt(),
                bundle,
                e.signingSecrets());
    }

    byte[] bundle(OutgoingEvent e, DataType type) {
        JsonNode root = JSON.readTree(e.payload());
        TerraUser user = JSON.treeToValue(root.get("user"), TerraUser.class);
        Subject subject = Subject.of(user);
        List<Resource> resources = new ArrayList<>();
        resources.add(Resources.patient(subject));
        JsonNode data = root.path("data");
        if (data.isArray())
            for (JsonNode item : data) {
                TerraDataModel record = (TerraDataModel) JSON.treeToValue(item, type.modelClass());
                resources.addAll(FhirJson.resources(FhirMapper.map(subject, record)));
            }
        String configured = urls == null ? null : urls.configuredBase();
        String base = configured != null ? configured : FALLBACK_BASE;
        var b = FhirJson.collection(base + "/v2/export/fhir", resources, Date.from(e.createdAt()));
        b.setId(e.eventId().replace('_', '-'));
        return FhirJson.json(b).getBytes(StandardCharsets.UTF_8);
    }
}
