package io.tributary.connectors.withings;

import io.tributary.model.enums.ActivityType;
import java.util.HashMap;
import java.util.Map;

/**
 * Withings' workout {@code category} (API reference, "Measure v2 - Getworkouts", workout object) → Terra's {@link
 * ActivityType}, with Withings' own name for {@code metadata.name}. Categories without a close Terra type are
 * {@code OTHER} (their name is still kept).
 */
final class WithingsWorkoutCategories {
    record Category(String name, ActivityType type) {}

    private static final Map<Integer, Category> BY_CODE = new HashMap<>();

    static {
        put(1, "Walk", ActivityType.WALKING);
        put(2, "Run", ActivityType.RUNNING);
        put(3, "Hiking", ActivityType.HIKING);
        put(4, "Skating", ActivityType.SKATING);
        put(5, "BMX", ActivityType.BIKING);
        put(6, "Bicycling", ActivityType.BIKING);
        put(7, "Swimming", ActivityType.SWIMMING);
        put(8, "Surfing", ActivityType.SURFING);
        put(9, "Kitesurfing", ActivityType.KITESURFING);
        put(10, "Windsurfing", ActivityType.WINDSURFING);
        put(11, "Bodyboard", ActivityType.SURFING);
        put(12, "Tennis", ActivityType.TENNIS);
        put(13, "Table tennis", ActivityType.TABLE_TENNIS);
        put(14, "Squash", ActivityType.SQUASH);
        put(15, "Badminton", ActivityType.BADMINTON);
        put(16, "Lift weights", ActivityType.WEIGHTLIFTING);
        put(17, "Fitness", ActivityType.CARDIO_TRAINING);
        put(18, "Elliptical", ActivityType.ELLIPTICAL);
        put(19, "Pilates", ActivityType.PILATES);
        put(20, "Basket-ball", ActivityType.BASKETBALL);
        put(21, "Soccer", ActivityType.ENGLISH_FOOTBALL);
        put(22, "Football", ActivityType.AMERICAN_FOOTBALL);
        put(23, "Rugby", ActivityType.RUGBY);
        put(24, "Volley-ball", ActivityType.VOLLEYBALL);
        put(25, "Waterpolo", ActivityType.WATER_POLO);
        put(26, "Horse riding", ActivityType.HORSEBACK_RIDING);
        put(27, "Golf", ActivityType.GOLF);
        put(28, "Yoga", ActivityType.YOGA);
        put(29, "Dancing", ActivityType.DANCING);
        put(30, "Boxing", ActivityType.BOXING);
        put(31, "Fencing", ActivityType.FENCING);
        put(32, "Wrestling", ActivityType.MARTIAL_ARTS);
        put(33, "Martial arts", ActivityType.MARTIAL_ARTS);
        put(34, "Skiing", ActivityType.SKIING);
        put(35, "Snowboarding", ActivityType.SNOWBOARDING);
        put(36, "Other", ActivityType.OTHER);
        put(128, "No activity", ActivityType.STILL);
        put(187, "Rowing", ActivityType.ROWING);
        put(188, "Zumba", ActivityType.ZUMBA);
        put(191, "Baseball", ActivityType.BASEBALL);
        put(192, "Handball", ActivityType.HANDBALL);
        put(193, "Hockey", ActivityType.HOCKEY);
        put(194, "Ice hockey", ActivityType.HOCKEY);
        put(195, "Climbing", ActivityType.ROCK_CLIMBING);
        put(196, "Ice skating", ActivityType.ICE_SKATING);
        put(272, "Multi-sport", ActivityType.MULTISPORT);
        put(306, "Indoor walk", ActivityType.TREADMILL_WALKING);
        put(307, "Indoor running", ActivityType.INDOOR_RUNNING);
        put(308, "Indoor cycling", ActivityType.STATIONARY_BIKING);
        put(455, "Standup Paddleboarding", ActivityType.STAND_UP_PADDLEBOARDING);
        put(456, "Padel", ActivityType.PADEL_TENNIS);
        put(490, "Beach volleyball", ActivityType.BEACH_VOLLEYBALL);
        put(491, "Stair Stepper", ActivityType.STAIR_CLIMBING_MACHINE);
        put(492, "Skateboarding", ActivityType.SKATEBOARDING);
        put(494, "Kayaking", ActivityType.KAYAKING);
        put(495, "Canoeing", ActivityType.CANOEING);
        put(496, "Sailing", ActivityType.SAILING);
        put(497, "Fishing", ActivityType.FISHING);
        put(498, "Trail Running", ActivityType.TRAIL_RUNNING);
        put(499, "Snowshoeing", ActivityType.SNOWSHOEING);
        put(501, "Archery", ActivityType.ARCHERY);
        put(502, "Scuba Diving", ActivityType.SCUBA_DIVING);
        put(504, "Biathlon", ActivityType.BIATHLON);
        put(507, "Paragliding", ActivityType.PARAGLIDING);
        put(508, "Frisbee", ActivityType.FRISBEE);
        put(509, "Skydiving", ActivityType.SKY_DIVING);
        put(510, "Pickleball", ActivityType.RACQUETBALL);
        put(515, "Pushing a Wheelchair (Running Pace)", ActivityType.WHEELCHAIR);
        put(516, "Pushing a Wheelchair (Walking Pace)", ActivityType.WHEELCHAIR);
        put(518, "Track Cycling", ActivityType.ROAD_BIKING);
        put(521, "Triathlon", ActivityType.TRIATHLON);
        put(522, "Diving", ActivityType.DIVING);
        put(523, "Mountain Biking", ActivityType.MOUNTAIN_BIKING);
        put(524, "Gravel Biking", ActivityType.GRAVEL_CYCLING);
        put(525, "E-Biking", ActivityType.E_BIKING);
        put(526, "E-Mountain Biking", ActivityType.E_MOUNTAIN_BIKING);
        put(527, "Handcycling", ActivityType.HAND_BIKING);
        put(529, "Backcountry Skiing", ActivityType.BACK_COUNTRY_SKIING);
        put(530, "Nordic Skiing", ActivityType.CROSS_COUNTRY_SKIING);
        put(531, "Roller Skiing", ActivityType.ROLLER_SKIING);
        put(532, "Racquetball", ActivityType.RACQUETBALL);
        put(534, "Hip Hop", ActivityType.DANCING);
        put(535, "Muaythai", ActivityType.KICKBOXING);
        put(536, "Taekwondo", ActivityType.MARTIAL_ARTS);
        put(537, "Judo", ActivityType.MARTIAL_ARTS);
        put(544, "Breaking", ActivityType.DANCING);
        put(545, "Chores", ActivityType.HOUSEWORK);
        put(546, "Crossfit", ActivityType.CROSSFIT);
        put(547, "Spinclass", ActivityType.SPINNING);
        put(548, "Cricket", ActivityType.CRICKET);
        put(549, "Flamenco Dancing", ActivityType.DANCING);
        put(550, "HIIT", ActivityType.HIIT);
        put(551, "Meditation", ActivityType.MEDITATION);
        put(552, "Stretching", ActivityType.STRETCHING);
        put(553, "Yard Work Gardening", ActivityType.GARDENING);
        put(554, "Cleaning", ActivityType.HOUSEWORK);
        put(557, "Lacrosse", ActivityType.LACROSSE);
        put(559, "Dog Walking", ActivityType.WALKING);
        put(560, "Breathing excercises", ActivityType.GUIDED_BREATHING);
        put(562, "Pushing a Stroller", ActivityType.WALKING_WITH_STROLLER);
        put(566, "Nordic Walking", ActivityType.NORDIC_WALKING);
        put(567, "Sumo Wrestling", ActivityType.MARTIAL_ARTS);
    }

    private WithingsWorkoutCategories() {}

    private static void put(int code, String name, ActivityType type) {
        BY_CODE.put(code, new Category(name, type));
    }

    static Category of(Integer code) {
        Category c = code == null ? null : BY_CODE.get(code);
        return c != null ? c : new Category(null, ActivityType.OTHER);
    }
}
