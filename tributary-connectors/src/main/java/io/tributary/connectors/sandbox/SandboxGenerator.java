package io.tributary.connectors.sandbox;

import io.tributary.model.Activity;
import io.tributary.model.Athlete;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox wearable's data: a deterministic, physiologically plausible synthetic history for one person.
 *
 * <p>Everything is a pure function of the seed (the Tributary user id) and the calendar day, so any window can
 * be regenerated and yields the same objects (which the server dedupes by identity key). The day that contains
 * {@code now} is generated up to {@code now} only (a running daily summary), and nothing later than {@code now}
 * is ever produced.
 *
 * <p>One builder per type over the shared seed ({@link SandboxPerson}): {@link SandboxDailies}, {@link SandboxSleeps},
 * {@link SandboxWorkouts}, {@link SandboxBodies}, {@link SandboxNutrition}, {@link SandboxCycles}; the person itself
 * comes from {@link SandboxProfiles}.
 */
public final class SandboxGenerator extends SandboxPerson {
    private final SandboxDailies dailies;
    private final SandboxSleeps sleeps;
    private final SandboxWorkouts workouts;
    private final SandboxBodies bodies;
    private final SandboxNutrition nutrition;
    private final SandboxCycles cycles;

    /** Who the synthetic person is: fixed per seed. */
    public record Profile(
            String firstName,
            String lastName,
            String sex,
            LocalDate dateOfBirth,
            String city,
            String country,
            ZoneId zone,
            double homeLat,
            double homeLng,
            double heightCm,
            double baseWeightKg,
            double baseBodyFatPct,
            int restingHr,
            int maxHr,
            int baseSteps,
            double sleepNeedHours,
            double hrvBase,
            double activityProbability,
            double rideShare,
            boolean menstruates,
            int cycleLengthDays,
            int periodLengthDays,
            LocalDate cycleAnchor) {

        public int age(LocalDate on) {
            return (int) ChronoUnit.YEARS.between(dateOfBirth, on);
        }
    }

    public SandboxGenerator(String seedText) {
        this(SandboxProfiles.seedOf(seedText));
    }

    private SandboxGenerator(long seed) {
        super(seed, SandboxProfiles.profileOf(seed));
        this.dailies = new SandboxDailies(seed, p);
        this.sleeps = new SandboxSleeps(seed, p);
        this.workouts = new SandboxWorkouts(seed, p);
        this.bodies = new SandboxBodies(seed, p);
        this.nutrition = new SandboxNutrition(seed, p);
        this.cycles = new SandboxCycles(seed, p);
    }

    public Profile profile() {
        return p;
    }

    /** Every object of {@code type} whose period starts in {@code [start, end)} and ends no later than now. */
    public List<? extends TerraDataModel> generate(DataType type, Instant start, Instant end, Instant now) {
        if (!end.isAfter(start)) return List.of();
        Instant stop = end.isAfter(now) ? now : end;
        LocalDate first = start.atZone(p.zone()).toLocalDate().minusDays(1);
        LocalDate last = stop.atZone(p.zone()).toLocalDate();
        List<TerraDataModel> out = new ArrayList<>();
        if (type == DataType.ATHLETE) {
            out.add(athlete(null, now));
            return out;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            switch (type) {
                case DAILY -> addIfIn(out, daily(d, now), dailyStart(d), start, stop);
                case SLEEP -> {
                    Sleep s = sleep(d);
                    if (!Timestamps.parseInstant(s.metadata().endTime()).isAfter(now))
                        addIfIn(out, s, Timestamps.parseInstant(s.metadata().startTime()), start, stop);
                }
                case ACTIVITY -> {
                    for (Activity a : activities(d, now))
                        addIfIn(out, a, Timestamps.parseInstant(a.metadata().startTime()), start, stop);
                }
                case BODY -> {
                    Body b = body(d);
                    if (b != null) addIfIn(out, b, dailyStart(d), start, stop);
                }
                case NUTRITION -> {
                    Nutrition n = nutrition(d, now);
                    if (n != null) addIfIn(out, n, dailyStart(d), start, stop);
                }
                case MENSTRUATION -> {
                    Menstruation m = menstruation(d);
                    if (m != null) addIfIn(out, m, dailyStart(d), start, stop);
                }
                default -> {
                    return List.of();
                }
            }
        }
        return out;
    }

    private void addIfIn(List<TerraDataModel> out, TerraDataModel m, Instant at, Instant start, Instant stop) {
        if (m != null && !at.isBefore(start) && at.isBefore(stop)) out.add(m);
    }

    public Athlete athlete(String providerUserId, Instant now) {
        LocalDate today = now.atZone(p.zone()).toLocalDate();
        return Athlete.builder()
                .firstName(p.firstName())
                .lastName(p.lastName())
                .sex(p.sex())
                .gender(p.sex())
                .dateOfBirth(p.dateOfBirth().toString())
                .age(p.age(today))
                .city(p.city())
                .country(p.country())
                .email((p.firstName() + "." + p.lastName()).toLowerCase() + "@sandbox.tributary.invalid")
                .bio("Synthetic athlete generated by the Tributary sandbox")
                .providerUserId(providerUserId)
                .build();
    }

    public Daily daily(LocalDate d, Instant now) {
        return dailies.daily(d, now);
    }

    /** The main sleep that ends on the morning of {@code d} (so the night of d-1 to d). */
    public Sleep sleep(LocalDate d) {
        return sleeps.sleep(d);
    }

    /** 0–2 workouts on day {@code d} that have finished by {@code now}. */
    public List<Activity> activities(LocalDate d, Instant now) {
        return workouts.activities(d, now);
    }

    /** A weigh-in once a week, morning after waking; null on other days. */
    public Body body(LocalDate d) {
        return bodies.body(d);
    }

    /** Meals logged on day {@code d} up to {@code now}; null when none is logged yet. */
    public Nutrition nutrition(LocalDate d, Instant now) {
        return nutrition.nutrition(d, now);
    }

    /** Cycle tracking for people who menstruate; null otherwise. */
    public Menstruation menstruation(LocalDate d) {
        return cycles.menstruation(d);
    }
}
