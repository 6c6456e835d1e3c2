package io.tributary.standards.fhir;

/**
 * Every measurement Tributary writes as a FHIR Observation: its LOINC code (or, where LOINC has none, a code of our
 * own system), its UCUM unit, the time it covers and the R4 profile it claims. One table, so code, period and unit
 * can never disagree (docs/fhir.md lists the same rows).
 */
public enum Metric {
    STEPS_PER_DAY(
            "41950-7", "Number of steps in 24 hour Measured", "/d", "steps/day", Period.DAY, Category.ACTIVITY, null),
    CALORIES_PER_DAY(
            "41979-6",
            "Calories burned in 24 hour Calculated",
            "kcal/d",
            "kcal/day",
            Period.DAY,
            Category.ACTIVITY,
            null),
    HEART_RATE("8867-4", "Heart rate", "/min", "beats/minute", Period.ANY, Category.VITAL_SIGNS, Profiles.HEART_RATE),
    RESTING_HEART_RATE(
            "40443-4", "Heart rate --resting", "/min", "beats/minute", Period.ANY, Category.VITAL_SIGNS, null),
    HRV_SDNN(
            "80404-7",
            "R-R interval.standard deviation (Heart rate variability)",
            "ms",
            "ms",
            Period.ANY,
            Category.VITAL_SIGNS,
            null),
    /** No LOINC code exists for RMSSD: our own code, so no reader mistakes it for SDNN. */
    HRV_RMSSD(
            Codes.TRIBUTARY_METRICS,
            "hrv-rmssd",
            "Heart rate variability, root mean square of successive differences (RMSSD)",
            "ms",
            "ms",
            Period.ANY,
            Category.VITAL_SIGNS,
            null),
    SLEEP_DURATION("93832-4", "Sleep duration", "min", "min", Period.INTERVAL, Category.ACTIVITY, null),
    DEEP_SLEEP_DURATION("93831-6", "Deep sleep duration", "min", "min", Period.INTERVAL, Category.ACTIVITY, null),
    LIGHT_SLEEP_DURATION("93830-8", "Light sleep duration", "min", "min", Period.INTERVAL, Category.ACTIVITY, null),
    REM_SLEEP_DURATION("93829-0", "REM sleep duration", "min", "min", Period.INTERVAL, Category.ACTIVITY, null),
    OXYGEN_SATURATION(
            "59408-5",
            "Oxygen saturation in Arterial blood by Pulse oximetry",
            "%",
            "%",
            Period.ANY,
            Category.VITAL_SIGNS,
            Profiles.OXYGEN_SATURATION),
    RESPIRATORY_RATE(
            "9279-1",
            "Respiratory rate",
            "/min",
            "breaths/minute",
            Period.ANY,
            Category.VITAL_SIGNS,
            Profiles.RESP_RATE),
    BODY_TEMPERATURE(
            "8310-5", "Body temperature", "Cel", "C", Period.ANY, Category.VITAL_SIGNS, Profiles.BODY_TEMPERATURE),
    BODY_WEIGHT("29463-7", "Body weight", "kg", "kg", Period.ANY, Category.VITAL_SIGNS, Profiles.BODY_WEIGHT),
    BODY_HEIGHT("8302-2", "Body height", "cm", "cm", Period.ANY, Category.VITAL_SIGNS, Profiles.BODY_HEIGHT),
    BMI("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2", Period.ANY, Category.VITAL_SIGNS, Profiles.BMI),
    BLOOD_PRESSURE(
            "85354-9",
            "Blood pressure panel with all children optional",
            null,
            null,
            Period.ANY,
            Category.VITAL_SIGNS,
            Profiles.BLOOD_PRESSURE),
    SYSTOLIC("8480-6", "Systolic blood pressure", "mm[Hg]", "mmHg", Period.ANY, Category.VITAL_SIGNS, null),
    DIASTOLIC("8462-4", "Diastolic blood pressure", "mm[Hg]", "mmHg", Period.ANY, Category.VITAL_SIGNS, null),
    BLOOD_GLUCOSE(
            "2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", "mg/dL", Period.INSTANT, Category.LABORATORY, null),
    CGM_GLUCOSE(
            "41653-7",
            "Glucose [Mass/volume] in Capillary blood by Glucometer",
            "mg/dL",
            "mg/dL",
            Period.INSTANT,
            Category.LABORATORY,
            null),
    /** Physical Activity IG: the activity itself, its measures as components. */
    EXERCISE_ACTIVITY("73985-4", "Exercise activity", null, null, Period.INTERVAL, Category.ACTIVITY, null),
    EXERCISE_DURATION("55411-3", "Exercise duration", "min", "min", Period.INTERVAL, Category.ACTIVITY, null),
    ACTIVITY_CALORIES(
            "55424-6",
            "Calories burned in unspecified time Pedometer",
            "kcal",
            "kcal",
            Period.INTERVAL,
            Category.ACTIVITY,
            null),
    ACTIVITY_MAX_HEART_RATE(
            "55422-0",
            "Heart rate Encounter maximum",
            "/min",
            "beats/minute",
            Period.INTERVAL,
            Category.ACTIVITY,
            null),
    ACTIVITY_AVG_HEART_RATE(
            "55425-3",
            "Heart rate unspecified time mean by Pedometer",
            "/min",
            "beats/minute",
            Period.INTERVAL,
            Category.ACTIVITY,
            null),
    ACTIVITY_STEPS(
            "55423-8",
            "Number of steps in unspecified time Pedometer",
            "{steps}",
            "steps",
            Period.INTERVAL,
            Category.ACTIVITY,
            null),
    ACTIVITY_DISTANCE(
            "55430-3",
            "Walking distance unspecified time Pedometer",
            "m",
            "m",
            Period.INTERVAL,
            Category.ACTIVITY,
            null);

    /** What time an Observation of this metric covers. */
    public enum Period {
        /** Exactly one day: an {@code effectivePeriod} of 24 hours from the day's local midnight. */
        DAY,
        /** The span it summarises: an {@code effectivePeriod}. */
        INTERVAL,
        /** A reading at one moment: an {@code effectiveDateTime}. */
        INSTANT,
        /** A reading ({@code effectiveDateTime}) or a summary of a span ({@code effectivePeriod}, never 24 h of a rate). */
        ANY
    }

    public enum Category {
        VITAL_SIGNS("vital-signs", "Vital Signs"),
        ACTIVITY("activity", "Activity"),
        LABORATORY("laboratory", "Laboratory");

        public final String code;
        public final String display;

        Category(String code, String display) {
            this.code = code;
            this.display = display;
        }
    }

    public final String system;
    public final String code;
    public final String display;
    /** UCUM code, null for a panel without a value of its own. */
    public final String ucum;

    public final String unit;
    public final Period period;
    public final Category category;
    /** The R4 profile the Observation claims, or null. */
    public final String profile;

    Metric(String code, String display, String ucum, String unit, Period period, Category category, String profile) {
        this(Codes.LOINC, code, display, ucum, unit, period, category, profile);
    }

    Metric(
            String system,
            String code,
            String display,
            String ucum,
            String unit,
            Period period,
            Category category,
            String profile) {
        this.system = system;
        this.code = code;
        this.display = display;
        this.ucum = ucum;
        this.unit = unit;
        this.period = period;
        this.category = category;
        this.profile = profile;
    }

    /** The R4 core vital-signs profiles (http://hl7.org/fhir/R4/observation-vitalsigns.html). */
    public static final class Profiles {
        static final String BASE = "http://hl7.org/fhir/StructureDefinition/";
        public static final String HEART_RATE = BASE + "heartrate";
        public static final String OXYGEN_SATURATION = BASE + "oxygensat";
        public static final String RESP_RATE = BASE + "resprate";
        public static final String BODY_TEMPERATURE = BASE + "bodytemp";
        public static final String BODY_WEIGHT = BASE + "bodyweight";
        public static final String BODY_HEIGHT = BASE + "bodyheight";
        public static final String BMI = BASE + "bmi";
        public static final String BLOOD_PRESSURE = BASE + "bp";

        private Profiles() {}
    }
}
