package io.tributary.connectors.garmin;

import io.tributary.model.enums.ActivityType;
import java.util.Locale;
import java.util.Map;

/**
 * Garmin's {@code activityType} keys (Activity API, appendix "Activity Types") to Terra's {@link ActivityType}.
 * Keys Garmin adds later fall back to the family they belong to (…_RUNNING → running), else Other.
 */
final class GarminActivityTypes {
    private static final Map<String, ActivityType> EXACT = Map.ofEntries(
            Map.entry("RUNNING", ActivityType.RUNNING),
            Map.entry("INDOOR_RUNNING", ActivityType.INDOOR_RUNNING),
            Map.entry("TRAIL_RUNNING", ActivityType.TRAIL_RUNNING),
            Map.entry("TREADMILL_RUNNING", ActivityType.TREADMILL_RUNNING),
            Map.entry("CYCLING", ActivityType.BIKING),
            Map.entry("ROAD_BIKING", ActivityType.ROAD_BIKING),
            Map.entry("MOUNTAIN_BIKING", ActivityType.MOUNTAIN_BIKING),
            Map.entry("INDOOR_CYCLING", ActivityType.STATIONARY_BIKING),
            Map.entry("VIRTUAL_RIDE", ActivityType.STATIONARY_BIKING),
            Map.entry("GRAVEL_CYCLING", ActivityType.GRAVEL_CYCLING),
            Map.entry("E_BIKE_FITNESS", ActivityType.E_BIKING),
            Map.entry("E_BIKE_MOUNTAIN", ActivityType.E_MOUNTAIN_BIKING),
            Map.entry("SWIMMING", ActivityType.SWIMMING),
            Map.entry("LAP_SWIMMING", ActivityType.SWIMMING_IN_POOL),
            Map.entry("OPEN_WATER_SWIMMING", ActivityType.OPEN_WATER_SWIMMING),
            Map.entry("WALKING", ActivityType.WALKING),
            Map.entry("CASUAL_WALKING", ActivityType.WALKING),
            Map.entry("SPEED_WALKING", ActivityType.WALKING_FOR_FITNESS),
            Map.entry("HIKING", ActivityType.HIKING),
            Map.entry("ELLIPTICAL", ActivityType.ELLIPTICAL),
            Map.entry("STAIR_CLIMBING", ActivityType.STAIR_CLIMBING),
            Map.entry("STRENGTH_TRAINING", ActivityType.STRENGTH_TRAINING),
            Map.entry("YOGA", ActivityType.YOGA),
            Map.entry("PILATES", ActivityType.PILATES),
            Map.entry("HIIT", ActivityType.HIIT),
            Map.entry("INDOOR_CARDIO", ActivityType.CARDIO_TRAINING),
            Map.entry("INDOOR_ROWING", ActivityType.ROWING_MACHINE),
            Map.entry("ROWING", ActivityType.ROWING),
            Map.entry("MEDITATION", ActivityType.MEDITATION),
            Map.entry("BREATHWORK", ActivityType.GUIDED_BREATHING),
            Map.entry("BACKCOUNTRY_SKIING", ActivityType.BACK_COUNTRY_SKIING),
            Map.entry("CROSS_COUNTRY_SKIING_WS", ActivityType.CROSS_COUNTRY_SKIING),
            Map.entry("RESORT_SKIING", ActivityType.DOWNHILL_SKIING),
            Map.entry("RESORT_SKIING_SNOWBOARDING_WS", ActivityType.DOWNHILL_SKIING),
            Map.entry("SNOWBOARDING_WS", ActivityType.SNOWBOARDING),
            Map.entry("SNOW_SHOE_WS", ActivityType.SNOWSHOEING),
            Map.entry("SKATING_WS", ActivityType.ICE_SKATING),
            Map.entry("KAYAKING", ActivityType.KAYAKING),
            Map.entry("PADDLING", ActivityType.PADDLING),
            Map.entry("SAILING", ActivityType.SAILING),
            Map.entry("SURFING", ActivityType.SURFING),
            Map.entry("STAND_UP_PADDLEBOARDING", ActivityType.STAND_UP_PADDLEBOARDING),
            Map.entry("WAKEBOARDING", ActivityType.WAKEBOARDING),
            Map.entry("WATERSKIING", ActivityType.WATER_SKIING),
            Map.entry("WINDSURFING", ActivityType.WINDSURFING),
            Map.entry("KITEBOARDING", ActivityType.KITESURFING),
            Map.entry("GOLF", ActivityType.GOLF),
            Map.entry("FISHING", ActivityType.FISHING),
            Map.entry("HORSEBACK_RIDING", ActivityType.HORSEBACK_RIDING),
            Map.entry("ROCK_CLIMBING", ActivityType.ROCK_CLIMBING),
            Map.entry("INDOOR_CLIMBING", ActivityType.ROCK_CLIMBING),
            Map.entry("BOULDERING", ActivityType.ROCK_CLIMBING),
            Map.entry("MOUNTAINEERING", ActivityType.MOUNTAINEERING),
            Map.entry("TENNIS", ActivityType.TENNIS),
            Map.entry("PADEL", ActivityType.PADEL_TENNIS),
            Map.entry("MULTI_SPORT", ActivityType.MULTISPORT),
            Map.entry("BOXING", ActivityType.BOXING),
            Map.entry("DANCE", ActivityType.DANCING),
            Map.entry("FLYING", ActivityType.FLYING),
            Map.entry("MOTORCYCLING", ActivityType.MOTORBIKING),
            Map.entry("WHEELCHAIR_PUSH_RUN", ActivityType.WHEELCHAIR),
            Map.entry("WHEELCHAIR_PUSH_WALK", ActivityType.WHEELCHAIR));

    private GarminActivityTypes() {}

    static ActivityType of(String garmin) {
        if (garmin == null || garmin.isBlank()) return ActivityType.UNKNOWN;
        String k = garmin.trim().toUpperCase(Locale.ROOT);
        ActivityType t = EXACT.get(k);
        if (t != null) return t;
        if (k.contains("RUN")) return ActivityType.RUNNING;
        if (k.contains("CYCLING") || k.contains("BIK")) return ActivityType.BIKING;
        if (k.contains("SWIM")) return ActivityType.SWIMMING;
        if (k.contains("WALK")) return ActivityType.WALKING;
        if (k.contains("SKI")) return ActivityType.SKIING;
        return ActivityType.OTHER;
    }
}
