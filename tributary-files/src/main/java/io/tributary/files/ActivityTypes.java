package io.tributary.files;

import io.tributary.model.enums.ActivityType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps sport names used by files (FIT sport/sub-sport, TCX {@code Sport}, GPX {@code type}, Apple
 * {@code HKWorkoutActivityType…}, Google Fit activity names) to Terra's {@link ActivityType}.
 */
public final class ActivityTypes {
    private static final Map<String, ActivityType> BY_NAME = new HashMap<>();

    static {
        for (ActivityType t : ActivityType.values()) {
            BY_NAME.put(norm(t.name()), t);
            BY_NAME.put(norm(t.label()), t);
        }
        alias(ActivityType.RUNNING, "run", "running", "street_running", "generic_running", "track_running", "track");
        alias(ActivityType.TRAIL_RUNNING, "trail", "trail_running", "trailrun");
        alias(ActivityType.TREADMILL_RUNNING, "treadmill", "treadmill_running", "running_treadmill");
        alias(ActivityType.INDOOR_RUNNING, "indoor_running", "running_indoor");
        alias(
                ActivityType.BIKING,
                "biking",
                "bike",
                "cycling",
                "cycle",
                "ride",
                "generic_cycling",
                "hand_cycling_",
                "cyclocross");
        alias(ActivityType.ROAD_BIKING, "road", "road_biking", "cycling_road", "roadbike");
        alias(
                ActivityType.MOUNTAIN_BIKING,
                "mountain",
                "mountain_biking",
                "mtb",
                "cycling_mountain",
                "downhill_biking");
        alias(
                ActivityType.STATIONARY_BIKING,
                "indoor_cycling",
                "stationary_biking",
                "virtual_activity",
                "cycling_indoor",
                "biking_stationary");
        alias(ActivityType.SPINNING, "spin", "spinning", "biking_spinning");
        alias(ActivityType.GRAVEL_CYCLING, "gravel_cycling", "gravel");
        alias(ActivityType.E_BIKING, "e_biking", "e_bike_fitness", "ebike");
        alias(ActivityType.E_MOUNTAIN_BIKING, "e_bike_mountain", "e_mountain_biking");
        alias(ActivityType.HAND_BIKING, "hand_cycling", "hand_biking", "handcycling");
        alias(ActivityType.WALKING, "walking", "walk", "generic_walking", "casual_walking");
        alias(ActivityType.WALKING_FOR_FITNESS, "walking_fitness", "speed_walking", "walking_for_fitness");
        alias(ActivityType.TREADMILL_WALKING, "walking_treadmill", "treadmill_walking", "indoor_walking");
        alias(ActivityType.NORDIC_WALKING, "walking_nordic", "nordic_walking");
        alias(ActivityType.WALKING_WITH_STROLLER, "walking_stroller");
        alias(ActivityType.HIKING, "hiking", "hike");
        alias(ActivityType.SWIMMING, "swimming", "swim", "generic_swimming");
        alias(ActivityType.SWIMMING_IN_POOL, "lap_swimming", "pool_swimming", "swimming_pool", "swimming_in_pool");
        alias(ActivityType.OPEN_WATER_SWIMMING, "open_water", "open_water_swimming", "swimming_open_water");
        alias(
                ActivityType.STRENGTH_TRAINING,
                "strength_training",
                "traditional_strength_training",
                "functional_strength_training",
                "training_strength");
        alias(ActivityType.WEIGHTLIFTING, "weightlifting", "weight_lifting");
        alias(
                ActivityType.CARDIO_TRAINING,
                "cardio_training",
                "cardio",
                "mixed_cardio",
                "fitness_equipment",
                "training_cardio",
                "training");
        alias(ActivityType.HIIT, "hiit", "high_intensity_interval_training");
        alias(ActivityType.ELLIPTICAL, "elliptical", "elliptical_trainer");
        alias(ActivityType.STAIR_CLIMBING, "stairs", "stair_climbing", "stair_stepper");
        alias(ActivityType.STAIR_CLIMBING_MACHINE, "stair_climbing_machine", "stepper", "stair_climbing_machine_");
        alias(ActivityType.ROWING, "rowing", "row");
        alias(ActivityType.ROWING_MACHINE, "indoor_rowing", "rowing_machine");
        alias(ActivityType.YOGA, "yoga");
        alias(ActivityType.PILATES, "pilates");
        alias(ActivityType.CROSS_COUNTRY_SKIING, "cross_country_skiing", "skiing_cross_country", "cross_country_ski");
        alias(ActivityType.DOWNHILL_SKIING, "alpine_skiing", "downhill_skiing", "skiing_downhill", "snow_sports");
        alias(
                ActivityType.BACK_COUNTRY_SKIING,
                "backcountry",
                "back_country_skiing",
                "backcountry_skiing",
                "skiing_back_country");
        alias(ActivityType.SNOWBOARDING, "snowboarding");
        alias(ActivityType.ROCK_CLIMBING, "rock_climbing", "climbing", "indoor_climbing", "bouldering");
        alias(ActivityType.PADDLING, "paddling", "paddle_sports");
        alias(ActivityType.STAND_UP_PADDLEBOARDING, "stand_up_paddleboarding", "paddle_boarding");
        alias(ActivityType.KAYAKING, "kayaking");
        alias(ActivityType.TENNIS, "tennis");
        alias(ActivityType.GOLF, "golf");
        alias(ActivityType.ENGLISH_FOOTBALL, "soccer", "football_soccer", "english_football");
        alias(ActivityType.AMERICAN_FOOTBALL, "american_football", "football_american");
        alias(ActivityType.TRIATHLON, "triathlon", "transition");
        alias(ActivityType.MULTISPORT, "multisport", "multi_sport", "swim_bike_run");
        alias(ActivityType.DANCING, "dance", "dancing", "social_dance", "cardio_dance");
        alias(ActivityType.MARTIAL_ARTS, "martial_arts");
        alias(ActivityType.BOXING, "boxing");
        alias(ActivityType.CROSSFIT, "crossfit", "cross_training");
        alias(ActivityType.MEDITATION, "meditation", "mind_and_body", "mindfulness");
        alias(ActivityType.GUIDED_BREATHING, "breathwork", "breathing");
        alias(ActivityType.STRETCHING, "flexibility", "stretching");
        alias(ActivityType.INLINE_SKATING, "inline_skating", "inline_skate");
        alias(ActivityType.ICE_SKATING, "ice_skating", "skating_ice");
        alias(ActivityType.SURFING, "surfing", "surfing_sports");
        alias(ActivityType.SAILING, "sailing");
        alias(ActivityType.DRIVING, "driving");
        alias(ActivityType.MOTORBIKING, "motorcycling", "motorbiking");
        alias(ActivityType.MOUNTAINEERING, "mountaineering");
        alias(
                ActivityType.WHEELCHAIR,
                "wheelchair",
                "wheelchair_push_run",
                "wheelchair_push_walk",
                "wheelchair_run_pace",
                "wheelchair_walk_pace");
        alias(ActivityType.OTHER, "other", "generic", "all", "sport", "workout");
        alias(ActivityType.UNKNOWN, "unknown", "invalid");
    }

    private ActivityTypes() {}

    private static void alias(ActivityType t, String... names) {
        for (String n : names) {
            BY_NAME.put(norm(n), t);
        }
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The Terra activity type for {@code name}; {@code fallback} when the name is unknown. */
    public static ActivityType of(String name, ActivityType fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String n = name;
        if (n.startsWith("HKWorkoutActivityType")) {
            n = n.substring("HKWorkoutActivityType".length());
        }
        ActivityType t = BY_NAME.get(norm(n));
        return t != null ? t : fallback;
    }

    /**
     * FIT sport + sub-sport names (the SDK's enum names, e.g. {@code RUNNING}/{@code TRAIL}): the sub-sport wins when
     * it is more specific.
     */
    public static ActivityType fit(String sport, String subSport) {
        ActivityType base = of(sport, ActivityType.OTHER);
        if (subSport == null || subSport.equals("GENERIC") || subSport.equals("INVALID") || subSport.equals("ALL")) {
            return base;
        }
        String combined = sport + "_" + subSport;
        ActivityType c = BY_NAME.get(norm(combined));
        if (c != null) {
            return c;
        }
        ActivityType s = of(subSport, null);
        if (s == null || s == ActivityType.OTHER) {
            return base;
        }
        // sub-sports such as STREET/ROAD/MOUNTAIN only make sense for their sport
        return switch (subSport) {
            case "TREADMILL" ->
                base == ActivityType.WALKING ? ActivityType.TREADMILL_WALKING : ActivityType.TREADMILL_RUNNING;
            case "INDOOR_CYCLING", "SPIN", "VIRTUAL_ACTIVITY" -> base == ActivityType.BIKING ? s : base;
            case "ROAD", "MOUNTAIN", "GRAVEL_CYCLING", "CYCLOCROSS", "DOWNHILL" ->
                base == ActivityType.BIKING ? s : base;
            case "TRAIL", "TRACK", "STREET", "INDOOR_RUNNING" -> base == ActivityType.RUNNING ? s : base;
            case "LAP_SWIMMING", "OPEN_WATER" -> base == ActivityType.SWIMMING ? s : base;
            default -> s;
        };
    }
}
