// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JSON paths of the time-series sample arrays of each data type, removed when {@code with_samples=false}.
 *
 * <p>A path is a dot-separated list of JSON property names from the model object (an element of the event
 * {@code data} array); a segment ending in {@code []} is an array whose every element is descended into, e.g.
 * {@code heart_data.ecg_signal[].raw_signal}. The last segment is the sample array to remove. A sample array is
 * an array of {@code *Sample*} objects that carry a {@code timestamp}; summary arrays (laps, TSS, measurements,
 * meals, menstruation intervals, daily glucose patterns, tags, heart-rate zones) are kept. The
 * {@code withoutSamples()} methods of the records remove exactly these paths.
 */
public final class SampleFields {
    private static final Map<DataType, List<String>> PATHS = new EnumMap<>(DataType.class);

    static {
        PATHS.put(
                DataType.ACTIVITY,
                List.of(
                        "active_durations_data.activity_levels_samples",
                        "calories_data.calorie_samples",
                        "distance_data.detailed.distance_samples",
                        "distance_data.detailed.elevation_samples",
                        "distance_data.detailed.floors_climbed_samples",
                        "distance_data.detailed.step_samples",
                        "heart_rate_data.detailed.hr_samples",
                        "heart_rate_data.detailed.hrv_samples_rmssd",
                        "heart_rate_data.detailed.hrv_samples_sdnn",
                        "MET_data.MET_samples",
                        "movement_data.cadence_samples",
                        "movement_data.speed_samples",
                        "movement_data.torque_samples",
                        "oxygen_data.saturation_samples",
                        "oxygen_data.vo2_samples",
                        "position_data.position_samples",
                        "power_data.power_samples"));
        PATHS.put(
                DataType.SLEEP,
                List.of(
                        "heart_rate_data.detailed.hr_samples",
                        "heart_rate_data.detailed.hrv_samples_rmssd",
                        "heart_rate_data.detailed.hrv_samples_sdnn",
                        "respiration_data.breaths_data.samples",
                        "respiration_data.oxygen_saturation_data.samples",
                        "respiration_data.snoring_data.samples",
                        "sleep_durations_data.hypnogram_samples"));
        PATHS.put(
                DataType.BODY,
                List.of(
                        "blood_pressure_data.blood_pressure_samples",
                        "heart_data.afib_classification_samples",
                        "heart_data.ecg_signal[].raw_signal",
                        "heart_data.heart_rate_data.detailed.hr_samples",
                        "heart_data.heart_rate_data.detailed.hrv_samples_rmssd",
                        "heart_data.heart_rate_data.detailed.hrv_samples_sdnn",
                        "heart_data.pulse_wave_velocity_samples",
                        "heart_data.rr_interval_samples",
                        "hydration_data.hydration_amount_samples",
                        "ketone_data.ketone_samples",
                        "oxygen_data.saturation_samples",
                        "oxygen_data.vo2_samples",
                        "temperature_data.ambient_temperature_samples",
                        "temperature_data.body_temperature_samples",
                        "temperature_data.skin_temperature_samples",
                        "glucose_data.blood_glucose_samples",
                        "glucose_data.detailed_blood_glucose_samples"));
        PATHS.put(
                DataType.DAILY,
                List.of(
                        "active_durations_data.activity_levels_samples",
                        "calories_data.calorie_samples",
                        "distance_data.detailed.distance_samples",
                        "distance_data.detailed.elevation_samples",
                        "distance_data.detailed.floors_climbed_samples",
                        "distance_data.detailed.step_samples",
                        "heart_rate_data.detailed.hr_samples",
                        "heart_rate_data.detailed.hrv_samples_rmssd",
                        "heart_rate_data.detailed.hrv_samples_sdnn",
                        "MET_data.MET_samples",
                        "oxygen_data.saturation_samples",
                        "oxygen_data.vo2_samples",
                        "stress_data.samples",
                        "stress_data.body_battery_samples"));
        PATHS.put(DataType.NUTRITION, List.of("drink_samples"));
        PATHS.put(DataType.MENSTRUATION, List.of("menstruation_data.menstruation_flow"));
        PATHS.put(DataType.ATHLETE, List.of());
        PATHS.put(DataType.PLANNED_WORKOUT, List.of());
    }

    private SampleFields() {}

    /** The sample-array paths of {@code type} (empty for types without samples). */
    public static List<String> paths(DataType type) {
        return PATHS.get(type);
    }
}
