package io.tributary.standards.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's R4 context (expensive to build, thread-safe: one per JVM) and the JSON output Tributary writes: a {@code
 * collection} Bundle, or one resource per NDJSON line.
 */
public final class FhirJson {
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirJson() {}

    public static FhirContext context() {
        return CONTEXT;
    }

    /** A parser is cheap but not thread-safe: one per call site and thread. */
    public static IParser parser() {
        return CONTEXT.newJsonParser().setPrettyPrint(false).setSuppressNarratives(true);
    }

    /**
     * A {@code collection} Bundle of {@code resources} (duplicates by type and id dropped, first kept); each entry's
     * {@code fullUrl} is {@code base/Type/id}, so the relative references between them resolve inside the Bundle.
     */
    public static Bundle collection(String base, Collection<? extends Resource> resources, java.util.Date timestamp) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        b.setTimestamp(timestamp);
        Map<String, Resource> unique = new LinkedHashMap<>();
        for (Resource r : resources) unique.putIfAbsent(r.fhirType() + "/" + r.getIdPart(), r);
        for (Map.Entry<String, Resource> e : unique.entrySet())
            b.addEntry().setFullUrl(base + "/" + e.getKey()).setResource(e.getValue());
        return b;
    }

    public static String json(Resource r) {
        return parser().encodeResourceToString(r);
    }

    public static void write(Resource r, Writer out) {
        try {
            parser().encodeResourceToWriter(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource of one stored object, Device first. */
    public static List<Resource> resources(FhirMapper.Mapped m) {
        List<Resource> out = new java.util.ArrayList<>(m.observations().size() + 1);
        out.add(Resources.device(m.source()));
        out.addAll(m.observations());
        return out;
    }
}
