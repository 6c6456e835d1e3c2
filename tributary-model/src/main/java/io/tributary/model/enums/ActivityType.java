// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code ActivityType} (numeric enum, serialised as its integer value).
 *
 * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records
 * keep the raw integer so such values are never lost.
 */
public enum ActivityType implements TerraIntEnum {
    IN_VEHICLE(0, "In Vehicle"),
    BIKING(1, "Biking"),
    STILL(3, "Still"),
    UNKNOWN(4, "Unknown"),
    TILTING(5, "Tilting"),
    WALKING(7, "Walking"),
    RUNNING(8, "Running"),
    AEROBICS(9, "Aerobics"),
    BADMINTON(10, "Badminton"),
    BASEBALL(11, "Baseball"),
    BASKETBALL(12, "Basketball"),
    BIATHLON(13, "Biathlon"),
    HAND_BIKING(14, "Hand Biking"),
    MOUNTAIN_BIKING(15, "Mountain Biking"),
    ROAD_BIKING(16, "Road Biking"),
    SPINNING(17, "Spinning"),
    STATIONARY_BIKING(18, "Stationary Biking"),
    UTILITY_BIKING(19, "Utility Biking"),
    BOXING(20, "Boxing"),
    CALISTHENICS(21, "Calisthenics"),
    CIRCUIT_TRAINING(22, "Circuit Training"),
    CRICKET(23, "Cricket"),
    DANCING(24, "Dancing"),
    ELLIPTICAL(25, "Elliptical"),
    FENCING(26, "Fencing"),
    AMERICAN_FOOTBALL(27, "American Football"),
    AUSTRALIAN_FOOTBALL(28, "Australian Football"),
    ENGLISH_FOOTBALL(29, "English Football"),
    FRISBEE(30, "Frisbee"),
    GARDENING(31, "Gardening"),
    GOLF(32, "Golf"),
    GYMNASTICS(33, "Gymnastics"),
    HANDBALL(34, "Handball"),
    HIKING(35, "Hiking"),
    HOCKEY(36, "Hockey"),
    HORSEBACK_RIDING(37, "Horseback Riding"),
    HOUSEWORK(38, "Housework"),
    JUMPING_ROPE(39, "Jumping Rope"),
    KAYAKING(40, "Kayaking"),
    KETTLEBELL_TRAINING(41, "Kettlebell Training"),
    KICKBOXING(42, "Kickboxing"),
    KITESURFING(43, "Kitesurfing"),
    MARTIAL_ARTS(44, "Martial Arts"),
    MEDITATION(45, "Meditation"),
    MIXED_MARTIAL_ARTS(46, "Mixed Martial Arts"),
    P90X_EXERCISES(47, "P90X Exercises"),
    PARAGLIDING(48, "Paragliding"),
    PILATES(49, "Pilates"),
    POLO(50, "Polo"),
    RACQUETBALL(51, "Racquetball"),
    ROCK_CLIMBING(52, "Rock Climbing"),
    ROWING(53, "Rowing"),
    ROWING_MACHINE(54, "Rowing Machine"),
    RUGBY(55, "Rugby"),
    JOGGING(56, "Jogging"),
    RUNNING_ON_SAND(57, "Running on Sand"),
    TREADMILL_RUNNING(58, "Treadmill Running"),
    SAILING(59, "Sailing"),
    SCUBA_DIVING(60, "Scuba Diving"),
    SKATEBOARDING(61, "Skateboarding"),
    SKATING(62, "Skating"),
    CROSS_SKATING(63, "Cross Skating"),
    INDOOR_ROLLERBLADING(64, "Indoor Rollerblading"),
    SKIING(65, "Skiing"),
    BACK_COUNTRY_SKIING(66, "Back Country Skiing"),
    CROSS_COUNTRY_SKIING(67, "Cross Country Skiing"),
    DOWNHILL_SKIING(68, "Downhill Skiing"),
    KITE_SKIING(69, "Kite Skiing"),
    ROLLER_SKIING(70, "Roller Skiing"),
    SLEDDING(71, "Sledding"),
    SNOWBOARDING(73, "Snowboarding"),
    SNOWMOBILE(74, "Snowmobile"),
    SNOWSHOEING(75, "Snowshoeing"),
    SQUASH(76, "Squash"),
    STAIR_CLIMBING(77, "Stair Climbing"),
    STAIR_CLIMBING_MACHINE(78, "Stair Climbing Machine"),
    STAND_UP_PADDLEBOARDING(79, "Stand Up Paddleboarding"),
    STRENGTH_TRAINING(80, "Strength Training"),
    SURFING(81, "Surfing"),
    SWIMMING(82, "Swimming"),
    SWIMMING_IN_POOL(83, "Swimming in Pool"),
    OPEN_WATER_SWIMMING(84, "Open Water Swimming"),
    TABLE_TENNIS(85, "Table Tennis"),
    TEAM_SPORTS(86, "Team Sports"),
    TENNIS(87, "Tennis"),
    TREADMILL(88, "Treadmill"),
    VOLLEYBALL(89, "Volleyball"),
    BEACH_VOLLEYBALL(90, "Beach Volleyball"),
    INDOOR_VOLLEYBALL(91, "Indoor Volleyball"),
    WAKEBOARDING(92, "Wakeboarding"),
    WALKING_FOR_FITNESS(93, "Walking for Fitness"),
    NORDIC_WALKING(94, "Nordic Walking"),
    TREADMILL_WALKING(95, "Treadmill Walking"),
    WATER_POLO(96, "Water Polo"),
    WEIGHTLIFTING(97, "Weightlifting"),
    WHEELCHAIR(98, "Wheelchair"),
    WINDSURFING(99, "Windsurfing"),
    YOGA(100, "Yoga"),
    ZUMBA(101, "Zumba"),
    DIVING(102, "Diving"),
    ERGOMETER(103, "Ergometer"),
    ICE_SKATING(104, "Ice Skating"),
    INDOOR_SKATING(105, "Indoor Skating"),
    CURLING(106, "Curling"),
    OTHER(108, "Other"),
    CROSSFIT(113, "CrossFit"),
    HIIT(114, "HIIT"),
    INTERVAL_TRAINING(115, "Interval Training"),
    WALKING_WITH_STROLLER(116, "Walking with Stroller"),
    ELEVATOR(117, "Elevator"),
    ESCALATOR(118, "Escalator"),
    ARCHERY(119, "Archery"),
    SOFTBALL(120, "Softball"),
    GUIDED_BREATHING(122, "Guided Breathing"),
    CARDIO_TRAINING(123, "Cardio Training"),
    LACROSSE(124, "Lacrosse"),
    STRETCHING(125, "Stretching"),
    TRIATHLON(126, "Triathlon"),
    INLINE_SKATING(127, "Inline Skating"),
    SKY_DIVING(128, "Sky Diving"),
    PADDLING(129, "Paddling"),
    MOUNTAINEERING(130, "Mountaineering"),
    FISHING(131, "Fishing"),
    WATER_SKIING(132, "Water Skiing"),
    INDOOR_RUNNING(133, "Indoor Running"),
    PADEL_TENNIS(134, "Padel Tennis"),
    DRIVING(135, "Driving"),
    OFF_ROAD_DRIVING(136, "Off-Road Driving"),
    MOTORBIKING(137, "Motorbiking"),
    MOTOR_RACING(138, "Motor Racing"),
    ENDURO(139, "Enduro"),
    CANOEING(140, "Canoeing"),
    ORIENTEERING(141, "Orienteering"),
    HANG_GLIDING(142, "Hang Gliding"),
    FLYING(143, "Flying"),
    HOT_AIR_BALLOONING(144, "Hot Air Ballooning"),
    JET_SKIING(145, "Jet Skiing"),
    POWER_BOATING(146, "Power Boating"),
    GAELIC_FOOTBALL(147, "Gaelic Football"),
    HURLING(148, "Hurling"),
    TRAIL_RUNNING(149, "Trail Running"),
    GRAVEL_CYCLING(150, "Gravel Cycling"),
    MULTISPORT(151, "Multisport"),
    E_BIKING(152, "E-Biking"),
    E_MOUNTAIN_BIKING(153, "E-Mountain Biking"),
    PHYSICAL_THERAPY(154, "Physical Therapy");

    private static final Map<Integer, ActivityType> BY_VALUE = new HashMap<>();

    static {
        for (ActivityType e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final int value;
    private final String label;

    ActivityType(int value, String label) {
        this.value = value;
        this.label = label;
    }

    /** The wire value. */
    @JsonValue
    @Override
    public int value() {
        return value;
    }

    /** Human-readable name, as in the Terra documentation. */
    @Override
    public String label() {
        return label;
    }

    /** The constant for {@code value}, or {@code null} when it is not a known value. */
    @JsonCreator
    public static ActivityType fromValue(int value) {
        return BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<ActivityType> of(Integer value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(Integer value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
