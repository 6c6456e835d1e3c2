package io.tributary.connectors.whoop;

import io.tributary.model.enums.ActivityType;
import java.util.Locale;
import java.util.Map;

/**
 * WHOOP's {@code sport_name} (lower-case, words joined by {@code -} or spaces, e.g. {@code running}, {@code
 * functional-fitness}) → Terra's activity type. WHOOP publishes no list of sport names for v2 (the v1 {@code sport_id}
 * ends 2025-09-01, https://developer.whoop.com/docs/developing/v1-v2-migration ), so the table covers the common
 * ones and everything else is {@code OTHER}, with WHOOP's name kept in {@code metadata.name}.
 */
final class WhoopSports {
    private static final Map<String, ActivityType> TYPES = Map.ofEntries(
            Map.entry("running", ActivityType.RUNNING),
            Map.entry("trackandfield", ActivityType.RUNNING),
            Map.entry("cycling", ActivityType.BIKING),
            Map.entry("mountainbiking", ActivityType.MOUNTAIN_BIKING),
            Map.entry("spin", ActivityType.SPINNING),
            Map.entry("walking", ActivityType.WALKING),
            Map.entry("hiking", ActivityType.HIKING),
            Map.entry("hikingrucking", ActivityType.HIKING),
            Map.entry("swimming", ActivityType.SWIMMING),
            Map.entry("rowing", ActivityType.ROWING),
            Map.entry("yoga", ActivityType.YOGA),
            Map.entry("pilates", ActivityType.PILATES),
            Map.entry("weightlifting", ActivityType.WEIGHTLIFTING),
            Map.entry("powerlifting", ActivityType.WEIGHTLIFTING),
            Map.entry("strengthtrainer", ActivityType.STRENGTH_TRAINING),
            Map.entry("functionalfitness", ActivityType.CROSSFIT),
            Map.entry("hiit", ActivityType.HIIT),
            Map.entry("boxing", ActivityType.BOXING),
            Map.entry("kickboxing", ActivityType.KICKBOXING),
            Map.entry("martialarts", ActivityType.MARTIAL_ARTS),
            Map.entry("tennis", ActivityType.TENNIS),
            Map.entry("squash", ActivityType.SQUASH),
            Map.entry("basketball", ActivityType.BASKETBALL),
            Map.entry("baseball", ActivityType.BASEBALL),
            Map.entry("softball", ActivityType.SOFTBALL),
            Map.entry("soccer", ActivityType.ENGLISH_FOOTBALL),
            Map.entry("football", ActivityType.AMERICAN_FOOTBALL),
            Map.entry("golf", ActivityType.GOLF),
            Map.entry("rugby", ActivityType.RUGBY),
            Map.entry("lacrosse", ActivityType.LACROSSE),
            Map.entry("volleyball", ActivityType.VOLLEYBALL),
            Map.entry("skiing", ActivityType.SKIING),
            Map.entry("crosscountryskiing", ActivityType.CROSS_COUNTRY_SKIING),
            Map.entry("snowboarding", ActivityType.SNOWBOARDING),
            Map.entry("rockclimbing", ActivityType.ROCK_CLIMBING),
            Map.entry("elliptical", ActivityType.ELLIPTICAL),
            Map.entry("stairmaster", ActivityType.STAIR_CLIMBING_MACHINE),
            Map.entry("dance", ActivityType.DANCING),
            Map.entry("meditation", ActivityType.MEDITATION),
            Map.entry("triathlon", ActivityType.TRIATHLON),
            Map.entry("surfing", ActivityType.SURFING),
            Map.entry("kayaking", ActivityType.KAYAKING),
            Map.entry("paddleboarding", ActivityType.STAND_UP_PADDLEBOARDING),
            Map.entry("jumpingrope", ActivityType.JUMPING_ROPE));

    private WhoopSports() {}

    static ActivityType type(String sportName) {
        if (sportName == null) return ActivityType.OTHER;
        String k = sportName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return TYPES.getOrDefault(k, ActivityType.OTHER);
    }
}
