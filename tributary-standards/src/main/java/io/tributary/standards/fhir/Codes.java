package io.tributary.standards.fhir;

/** Code and identifier systems Tributary's FHIR output uses. */
public final class Codes {
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** Our own identifiers and codes live under one URN namespace: nothing here pretends to be someone else's. */
    public static final String BASE = "urn:tributary:";

    public static final String TRIBUTARY_METRICS = BASE + "metric";
    /** {@code Patient.identifier}: the Terra user id. */
    public static final String USER_ID = BASE + "user-id";
    /** {@code Patient.identifier}: the developer's reference id for the user. */
    public static final String REFERENCE_ID = BASE + "reference-id";
    /** {@code Observation.identifier}: the stored object's identity ({@code summary_id}, or the day) and the value. */
    public static final String SUMMARY_ID = BASE + "summary-id";
    /** {@code meta.tag}: the data provider the value came from (GARMIN, OURA …). */
    public static final String PROVIDER = BASE + "provider";
    /** {@code meta.tag}: the Terra data type of the stored object (daily, sleep …). */
    public static final String DATA_TYPE = BASE + "data-type";
    /** The Terra activity type enum (ActivityType), the value of an exercise-activity Observation. */
    public static final String ACTIVITY_TYPE = BASE + "activity-type";

    private Codes() {}
}
