package io.tributary.server.ingest;

import java.util.List;

/**
 * The normalised kinds of stored SDK records ({@code sdk_records.kind}) and the unit of their value. They are
 * persisted: a kind's name and unit must not change, or records stored before would be recomputed wrongly.
 */
final class SdkKinds {
    static final String STEPS = "steps", DISTANCE = "distance_m", ACTIVE_KCAL = "active_kcal";
    static final String BASAL_KCAL = "basal_kcal", TOTAL_KCAL = "total_kcal", FLOORS = "floors";
    static final String HR = "hr_bpm", RESTING_HR = "resting_hr_bpm", HRV_SDNN = "hrv_sdnn_ms";
    /** Body fat and SpO2 are stored as percentages (0–100), as Terra's fields. */
    static final String WEIGHT = "weight_kg", BODY_FAT = "body_fat_pct", HEIGHT = "height_cm";

    static final String HRV_RMSSD = "hrv_rmssd_ms", SPO2 = "spo2_pct", VO2MAX = "vo2max", ELEVATION = "elevation_m";
    static final String GLUCOSE = "glucose_mg_dl", BLOOD_PRESSURE = "bp_systolic", BODY_TEMP = "body_temp_c";
    /** Stored in kg; the body builder writes grams (Terra's {@code lean_mass_g}, {@code bone_mass_g}). */
    static final String LEAN_MASS = "lean_mass_kg", BONE_MASS = "bone_mass_kg";
    /** Breaths per minute: kept for the sleep session they fall inside. */
    static final String RESP_RATE = "resp_rate_bpm";
    /** Workout samples (m/s, W, per minute): kept for the workout they fall inside. */
    static final String SPEED = "speed_mps", POWER = "power_w", CADENCE = "cadence_rpm";

    static final String SLEEP = "sleep", WORKOUT = "workout", NUTRITION = "nutrition", FLOW = "menstruation_flow";
    static final String IGNORED = "ignored";

    /** Nutrition fields the SDK aggregation writes (other dietary types are stored as ignored). */
    static final List<String> NUTRIENTS =
            List.of("calories", "protein_g", "carbohydrates_g", "fat_g", "fiber_g", "sugar_g", "water_ml");

    private SdkKinds() {}
}
