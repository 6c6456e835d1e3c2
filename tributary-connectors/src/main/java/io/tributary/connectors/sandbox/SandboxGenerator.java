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
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.MealType;
import io.tributary.model.enums.MenstruationFlow;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.LapData;
import io.tributary.model.nested.LapSample;
import io.tributary.model.nested.Meal;
import io.tributary.model.nested.MeasurementDataSample;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationFlowSample;
import io.tributary.model.nested.MenstruationMetadata;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.NutritionMacros;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionSummary;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.PolylineMapData;
import io.tributary.model.nested.PositionData;
import io.tributary.model.nested.PositionSample;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.ScoresData;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import io.tributary.model.nested.SpeedSample;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.StressData;
import io.tributary.model.nested.StressSample;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sandbox wearable's data: a deterministic, physiologically plausible synthetic history for one person.
 *
 * <p>Everything is a pure function of the seed (the Tributary user id) and the calendar day, so any window can
 * be regenerated and yields the same objects (which the server dedupes by identity key). The day that contains
 * {@code now} is generated up to {@code now} only (a running daily summary), and nothing later than {@code now}
 * is ever produced.
 */
public final class SandboxGenerator {
    private static final String DEVICE_NAME = "Tributary Sandbox Band";
    private static final String[] FIRST_F = {"Ada", "Maya", "Lena", "Sofia", "Ines", "Hana", "Zoe", "Amara"};
    private static final String[] FIRST_M = {"Leo", "Noah", "Kai", "Omar", "Felix", "Ravi", "Jonas", "Mateo"};
    private static final String[] LAST = {"Rivers", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak"};
    // home city, country, zone, latitude, longitude
    private static final Object[][] HOMES = {
        {"London", "GB", "Europe/London", 51.5079, -0.0877},
        {"Berlin", "DE", "Europe/Berlin", 52.5163, 13.3777},
        {"New York", "US", "America/New_York", 40.7812, -73.9665},
        {"San Francisco", "US", "America/Los_Angeles", 37.7694, -122.4862},
        {"Singapore", "SG", "Asia/Singapore", 1.2903, 103.8520},
        {"Sydney", "AU", "Australia/Sydney", -33.8688, 151.2093}
    };

    private final long seed;
    private final Profile p;

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
        this.seed = seedOf(seedText);
        this.p = profileOf(seed);
    }

    public Profile profile() {
        return p;
    }

    public ZoneId zone() {
        return p.zone();
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

    private Instant dailyStart(LocalDate d) {
        return d.atStartOfDay(p.zone()).toInstant();
    }

    // ---------------------------------------------------------------- profile

    static long seedOf(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Profile profileOf(long seed) {
        Random r = new Random(seed);
        boolean female = r.nextBoolean();
        int age = 22 + r.nextInt(38);
        LocalDate dob = LocalDate.of(2026 - age, 1 + r.nextInt(12), 1 + r.nextInt(28));
        Object[] home = HOMES[r.nextInt(HOMES.length)];
        double height = female ? 158 + r.nextGaussian() * 6 : 172 + r.nextGaussian() * 7;
        height = clamp(height, 148, 198);
        double bmi = clamp(21.5 + r.nextGaussian() * 2.5, 18.5, 30);
        double weight = bmi * Math.pow(height / 100, 2);
        double fat = clamp((female ? 27 : 18) + r.nextGaussian() * 4, 10, 38);
        int resting = (int) Math.round(clamp(60 + r.nextGaussian() * 6, 48, 72));
        int maxHr = 208 - (int) Math.round(0.7 * age);
        int steps = (int) Math.round(clamp(8000 + r.nextGaussian() * 2500, 3500, 14000));
        double sleepNeed = clamp(7.3 + r.nextGaussian() * 0.4, 6.3, 8.3);
        double hrv = clamp(65 - (age - 22) * 0.8 + r.nextGaussian() * 10, 25, 110);
        double actProb = clamp(0.45 + r.nextGaussian() * 0.15, 0.15, 0.85);
        double rideShare = r.nextDouble();
        boolean menstruates = female && age < 52 && r.nextDouble() < 0.85;
        int cycle = 26 + r.nextInt(7);
        int period = 4 + r.nextInt(3);
        LocalDate anchor = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(cycle));
        String first = female ? FIRST_F[r.nextInt(FIRST_F.length)] : FIRST_M[r.nextInt(FIRST_M.length)];
        String last = LAST[r.nextInt(LAST.length)];
        return new Profile(
                first,
                last,
                female ? "female" : "male",
                dob,
                (String) home[0],
                (String) home[1],
                ZoneId.of((String) home[2]),
                (Double) home[3],
                (Double) home[4],
                round1(height),
                weight,
                fat,
                resting,
                maxHr,
                steps,
                sleepNeed,
                hrv,
                actProb,
                rideShare,
                menstruates,
                cycle,
                period,
                anchor);
    }

    private Random rng(LocalDate d, int salt) {
        return new Random(seed ^ (d.toEpochDay() * 0x9E3779B97F4A7C15L) ^ ((long) salt * 0xC2B2AE3D27D4EB4FL));
    }

    // ---------------------------------------------------------------- athlete

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

    // ---------------------------------------------------------------- daily

    /** Steps planned for the whole day: base with a weekly rhythm and day-to-day noise. */
    int dailyStepTarget(LocalDate d) {
        Random r = rng(d, 1);
        double weekly = switch (d.getDayOfWeek()) {
            case SATURDAY -> 1.18;
            case SUNDAY -> 0.82;
            case FRIDAY -> 1.05;
            case MONDAY -> 0.95;
            default -> 1.0;
        };
        return (int) Math.round(clamp(p.baseSteps() * weekly * (1 + r.nextGaussian() * 0.15), 1500, 30000));
    }

    /** Share of the day's non-workout steps done in each hour (sums to 1). */
    private static final double[] HOUR_SHAPE = shape();

    private static double[] shape() {
        double[] w = {
            0, 0, 0, 0, 0, 0.2, 1.0, 3.0, 5.5, 5.0, 4.5, 5.0, 7.5, 6.0, 4.5, 4.5, 5.0, 7.5, 8.0, 6.0, 4.0, 2.5, 1.0, 0.2
        };
        double sum = 0;
        for (double v : w) sum += v;
        for (int i = 0; i < w.length; i++) w[i] /= sum;
        return w;
    }

    public Daily daily(LocalDate d, Instant now) {
        ZonedDateTime dayStart = d.atStartOfDay(p.zone());
        ZonedDateTime dayEnd = d.plusDays(1).atStartOfDay(p.zone());
        if (!now.isAfter(dayStart.toInstant())) return null;
        ZonedDateTime until = now.isBefore(dayEnd.toInstant()) ? now.atZone(p.zone()) : dayEnd;
        Random r = rng(d, 2);
        int stepTarget = dailyStepTarget(d);
        List<Activity> acts = activities(d, now);

        double stride = p.heightCm() * 0.00415;
        List<StepSample> stepSamples = new ArrayList<>();
        List<DistanceSample> distSamples = new ArrayList<>();
        List<CalorieSample> calSamples = new ArrayList<>();
        double steps = 0, dist = 0, activeKcal = 0;
        double bmrPerHour = bmr(d) / 24.0;
        for (int h = 0; h < 24; h++) {
            ZonedDateTime hs = dayStart.plusHours(h);
            if (!hs.isBefore(until)) break;
            double frac = Math.min(1.0, Duration.between(hs, until).toSeconds() / 3600.0);
            double hSteps = Math.round(stepTarget * HOUR_SHAPE[h] * frac * (0.85 + r.nextDouble() * 0.3));
            for (Activity a : acts) {
                Instant as = Timestamps.parseInstant(a.metadata().startTime());
                if (!as.isBefore(hs.toInstant()) && as.isBefore(hs.plusHours(1).toInstant())) {
                    Integer s = a.distanceData().summary().steps();
                    if (s != null) hSteps += s;
                    dist += a.distanceData().summary().distanceMeters() - (s == null ? 0 : s * stride);
                    activeKcal += a.caloriesData().totalBurnedCalories() - bmrPerHour;
                }
            }
            double hDist = hSteps * stride;
            double hKcal = hSteps * 0.00055 * p.baseWeightKg();
            steps += hSteps;
            dist += hDist;
            activeKcal += hKcal;
            String ts = Timestamps.format(hs);
            stepSamples.add(StepSample.builder()
                    .timestamp(ts)
                    .steps(hSteps)
                    .timerDurationSeconds(3600.0 * frac)
                    .build());
            distSamples.add(DistanceSample.builder()
                    .timestamp(ts)
                    .distanceMeters(round1(dist))
                    .timerDurationSeconds(3600.0 * frac)
                    .build());
            calSamples.add(CalorieSample.builder()
                    .timestamp(ts)
                    .calories(round1(hKcal + bmrPerHour * frac))
                    .timerDurationSeconds(3600.0 * frac)
                    .build());
        }
        double elapsedHours = Duration.between(dayStart, until).toSeconds() / 3600.0;
        double bmrSoFar = bmrPerHour * elapsedHours;

        // Heart rate every 10 minutes: resting at night, higher by day, workouts on top.
        int resting = restingHr(d);
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<StressSample> stress = new ArrayList<>();
        double hrSum = 0, hrMax = 0, hrMin = 999, stressSum = 0, stressMax = 0;
        double restS = 0, lowS = 0, medS = 0, highS = 0;
        for (ZonedDateTime t = dayStart; t.isBefore(until); t = t.plusMinutes(10)) {
            int hour = t.getHour();
            boolean night = hour < 6 || hour >= 23;
            double bpm = night
                    ? resting + r.nextGaussian() * 2
                    : resting + 18 + HOUR_SHAPE[hour] * 150 + r.nextGaussian() * 6;
            Activity during = activeAt(acts, t.toInstant());
            if (during != null) bpm = during.heartRateData().summary().avgHrBpm() + r.nextGaussian() * 6;
            bpm = Math.round(clamp(bpm, resting - 5, p.maxHr()));
            hr.add(HeartRateDataSample.builder()
                    .timestamp(Timestamps.format(t))
                    .bpm(bpm)
                    .context(during != null ? 1 : 2)
                    .build());
            hrSum += bpm;
            hrMax = Math.max(hrMax, bpm);
            hrMin = Math.min(hrMin, bpm);
            if (!night && during == null) {
                double level = clamp(25 + HOUR_SHAPE[hour] * 200 + r.nextGaussian() * 12, 1, 99);
                level = Math.round(level);
                stress.add(StressSample.builder()
                        .timestamp(Timestamps.format(t))
                        .level(level)
                        .build());
                stressSum += level;
                stressMax = Math.max(stressMax, level);
                if (level <= 25) restS += 600;
                else if (level <= 50) lowS += 600;
                else if (level <= 75) medS += 600;
                else highS += 600;
            }
        }
        double activeSecs = 0;
        for (Activity a : acts) activeSecs += a.activeDurationsData().activitySeconds();
        double lowIntensity = Math.min(steps / 100.0 * 60, elapsedHours * 3600 * 0.4);

        return Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(Timestamps.format(dayStart))
                        .endTime(Timestamps.format(dayEnd))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(device())
                .distanceData(DailyDistanceData.builder()
                        .steps((int) steps)
                        .distanceMeters(round1(dist))
                        .floorsClimbed((int) Math.round(steps / 1200.0))
                        .detailed(DistanceDataDetailed.builder()
                                .stepSamples(stepSamples)
                                .distanceSamples(distSamples)
                                .build())
                        .build())
                .caloriesData(CaloriesData.builder()
                        .bmrCalories(round1(bmrSoFar))
                        .netActivityCalories(round1(activeKcal))
                        .totalBurnedCalories(round1(bmrSoFar + activeKcal))
                        .calorieSamples(calSamples)
                        .build())
                .heartRateData(
                        hr.isEmpty()
                                ? null
                                : HeartRateData.builder()
                                        .summary(HeartRateDataSummary.builder()
                                                .avgHrBpm(round1(hrSum / hr.size()))
                                                .maxHrBpm(hrMax)
                                                .minHrBpm(hrMin)
                                                .restingHrBpm((double) resting)
                                                .userMaxHrBpm((double) p.maxHr())
                                                .avgHrvRmssd(round1(hrvOf(d)))
                                                .build())
                                        .detailed(HeartRateDataDetailed.builder()
                                                .hrSamples(hr)
                                                .build())
                                        .build())
                .stressData(
                        stress.isEmpty()
                                ? null
                                : StressData.builder()
                                        .avgStressLevel(round1(stressSum / stress.size()))
                                        .maxStressLevel(stressMax)
                                        .restStressDurationSeconds(restS)
                                        .lowStressDurationSeconds(lowS)
                                        .mediumStressDurationSeconds(medS)
                                        .highStressDurationSeconds(highS)
                                        .stressDurationSeconds(lowS + medS + highS)
                                        .activityStressDurationSeconds(activeSecs)
                                        .samples(stress)
                                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(round1(activeSecs + lowIntensity))
                        .lowIntensitySeconds(round1(lowIntensity))
                        .vigorousIntensitySeconds(round1(activeSecs))
                        .inactivitySeconds(round1(Math.max(0, elapsedHours * 3600 - activeSecs - lowIntensity)))
                        .build())
                .scores(ScoresData.builder()
                        .activity((double) Math.round(clamp(steps / stepTarget * 70 + acts.size() * 12, 1, 100)))
                        .recovery((double) Math.round(clamp(50 + (hrvOf(d) - p.hrvBase()) * 1.5, 1, 100)))
                        .build())
                .build();
    }

    private Activity activeAt(List<Activity> acts, Instant t) {
        for (Activity a : acts) {
            Instant s = Timestamps.parseInstant(a.metadata().startTime());
            Instant e = Timestamps.parseInstant(a.metadata().endTime());
            if (!t.isBefore(s) && t.isBefore(e)) return a;
        }
        return null;
    }

    int restingHr(LocalDate d) {
        return (int) Math.round(clamp(p.restingHr() + rng(d, 3).nextGaussian() * 2, 45, 75));
    }

    double hrvOf(LocalDate d) {
        return clamp(p.hrvBase() + rng(d, 4).nextGaussian() * 8, 15, 150);
    }

    private double bmr(LocalDate d) {
        double w = weightOn(d);
        double base = 10 * w + 6.25 * p.heightCm() - 5 * p.age(d);
        return base + ("female".equals(p.sex()) ? -161 : 5);
    }

    private DeviceData device() {
        return DeviceData.builder()
                .name(DEVICE_NAME)
                .manufacturer("Tributary")
                .hardwareVersion("SB-1")
                .softwareVersion("1.0.0")
                .build();
    }

    // ---------------------------------------------------------------- sleep

    /** The main sleep that ends on the morning of {@code d} (so the night of d-1 to d). */
    public Sleep sleep(LocalDate d) {
        Random r = rng(d, 5);
        boolean weekendMorning = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        double hours = clamp(p.sleepNeedHours() + (weekendMorning ? 0.6 : 0) + r.nextGaussian() * 0.7, 5.0, 9.0);
        int bedMinutes = (int) Math.round(22.75 * 60 + r.nextGaussian() * 35 + (weekendMorning ? 30 : 0));
        ZonedDateTime bed = d.minusDays(1).atStartOfDay(p.zone()).plusMinutes(bedMinutes);
        double latency = clamp(8 + r.nextGaussian() * 5, 2, 30) * 60;
        double asleepTarget = hours * 3600;

        List<SleepHypnogramSample> hyp = new ArrayList<>();
        List<HeartRateVariabilityDataSampleRMSSD> hrv = new ArrayList<>();
        List<HeartRateDataSample> hr = new ArrayList<>();
        double light = 0, deep = 0, rem = 0, awake = latency;
        int wakeups = 0, remEvents = 0;
        ZonedDateTime t = bed;
        hyp.add(sample(t, SleepLevel.AWAKE));
        t = t.plusSeconds((long) latency);
        double slept = 0;
        int cycle = 0;
        while (slept < asleepTarget) {
            double cycleLen = (85 + r.nextGaussian() * 8) * 60;
            double deepShare = clamp(0.30 - cycle * 0.07, 0.03, 0.30);
            double remShare = clamp(0.12 + cycle * 0.05, 0.12, 0.35);
            double[][] parts = {
                {SleepLevel.LIGHT_SLEEP.value(), cycleLen * (1 - deepShare - remShare) * 0.6},
                {SleepLevel.DEEP_SLEEP.value(), cycleLen * deepShare},
                {SleepLevel.LIGHT_SLEEP.value(), cycleLen * (1 - deepShare - remShare) * 0.4},
                {SleepLevel.REM_SLEEP.value(), cycleLen * remShare}
            };
            for (double[] part : parts) {
                double len = Math.min(part[1], asleepTarget - slept);
                if (len <= 0) break;
                int level = (int) part[0];
                hyp.add(sample(t, SleepLevel.fromValue(level)));
                if (level == SleepLevel.DEEP_SLEEP.value()) deep += len;
                else if (level == SleepLevel.REM_SLEEP.value()) {
                    rem += len;
                    remEvents++;
                } else light += len;
                slept += len;
                t = t.plusSeconds((long) len);
            }
            if (slept < asleepTarget && r.nextDouble() < 0.45) {
                double w = (2 + r.nextDouble() * 6) * 60;
                hyp.add(sample(t, SleepLevel.AWAKE));
                awake += w;
                wakeups++;
                t = t.plusSeconds((long) w);
            }
            cycle++;
        }
        double morningAwake = (2 + r.nextDouble() * 8) * 60;
        hyp.add(sample(t, SleepLevel.AWAKE));
        awake += morningAwake;
        ZonedDateTime end = t.plusSeconds((long) morningAwake);

        int resting = restingHr(d);
        double hrvBase = hrvOf(d);
        double hrSum = 0, hrMin = 999, hrMax = 0, hrvSum = 0;
        for (ZonedDateTime s = bed; s.isBefore(end); s = s.plusMinutes(5)) {
            double bpm = Math.round(clamp(resting + 2 + r.nextGaussian() * 3, resting - 6, resting + 25));
            double v = round1(clamp(hrvBase + r.nextGaussian() * 12, 10, 200));
            hr.add(HeartRateDataSample.builder()
                    .timestamp(Timestamps.format(s))
                    .bpm(bpm)
                    .context(2)
                    .build());
            hrv.add(HeartRateVariabilityDataSampleRMSSD.builder()
                    .timestamp(Timestamps.format(s))
                    .hrvRmssd(v)
                    .build());
            hrSum += bpm;
            hrMin = Math.min(hrMin, bpm);
            hrMax = Math.max(hrMax, bpm);
            hrvSum += v;
        }
        double inBed = Duration.between(bed, end).toSeconds();
        double asleep = light + deep + rem;
        double efficiency = round1(asleep / inBed * 100);
        double score = Math.round(clamp(40 + hours * 6 + (efficiency - 85) * 0.8 + deep / 3600 * 5, 1, 100));
        return Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(Timestamps.format(bed))
                        .endTime(Timestamps.format(end))
                        .summaryId("sbx-sleep-" + Long.toHexString(seed) + "-" + d)
                        .isNap(false)
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(device())
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(round1(asleep))
                                .durationLightSleepStateSeconds(round1(light))
                                .durationDeepSleepStateSeconds(round1(deep))
                                .durationRemSleepStateSeconds(round1(rem))
                                .numRemEvents(remEvents)
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(round1(awake))
                                .numWakeupEvents(wakeups)
                                .sleepLatencySeconds(round1(latency))
                                .wakeUpLatencySeconds(round1(morningAwake))
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(inBed)
                                .build())
                        .sleepEfficiency(efficiency)
                        .hypnogramSamples(hyp)
                        .build())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(round1(hrSum / hr.size()))
                                .minHrBpm(hrMin)
                                .maxHrBpm(hrMax)
                                .restingHrBpm((double) resting)
                                .avgHrvRmssd(round1(hrvSum / hrv.size()))
                                .build())
                        .detailed(HeartRateDataDetailed.builder()
                                .hrSamples(hr)
                                .hrvSamplesRmssd(hrv)
                                .build())
                        .build())
                .respirationData(RespirationData.builder()
                        .breathsData(BreathsData.builder()
                                .avgBreathsPerMin(round1(clamp(14 + r.nextGaussian(), 10, 20)))
                                .minBreathsPerMin(round1(clamp(11 + r.nextGaussian(), 8, 14)))
                                .maxBreathsPerMin(round1(clamp(18 + r.nextGaussian(), 15, 24)))
                                .startTime(Timestamps.format(bed))
                                .endTime(Timestamps.format(end))
                                .build())
                        .build())
                .scores(SleepScores.builder().sleep(score).build())
                .build();
    }

    private static SleepHypnogramSample sample(ZonedDateTime t, SleepLevel level) {
        return SleepHypnogramSample.builder()
                .timestamp(Timestamps.format(t))
                .level(level.value())
                .build();
    }

    // ---------------------------------------------------------------- activities

    /** 0–2 workouts on day {@code d} that have finished by {@code now}. */
    public List<Activity> activities(LocalDate d, Instant now) {
        Random r = rng(d, 6);
        int n = r.nextDouble() < p.activityProbability() ? (r.nextDouble() < 0.2 ? 2 : 1) : 0;
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean ride = r.nextDouble() < p.rideShare() * (i == 1 ? 0.5 : 1);
            LocalTime at = i == 0
                    ? LocalTime.of(6, 30).plusMinutes(r.nextInt(120))
                    : LocalTime.of(17, 30).plusMinutes(r.nextInt(120));
            ZonedDateTime start = d.atTime(at).atZone(p.zone());
            Activity a = workout(d, i, ride, start, r);
            if (!Timestamps.parseInstant(a.metadata().endTime()).isAfter(now)) out.add(a);
        }
        return out;
    }

    private Activity workout(LocalDate d, int index, boolean ride, ZonedDateTime start, Random r) {
        double minutes = ride ? clamp(75 + r.nextGaussian() * 30, 40, 180) : clamp(42 + r.nextGaussian() * 12, 20, 90);
        double speed =
                ride ? clamp(7.2 + r.nextGaussian() * 0.8, 5, 10) : clamp(3.0 + r.nextGaussian() * 0.3, 2.3, 4.2);
        int avgHr = (int) Math.round(
                clamp(p.maxHr() * (ride ? 0.72 : 0.80) + r.nextGaussian() * 5, p.restingHr() + 40, p.maxHr() - 5));
        int step = 15;
        int samples = (int) (minutes * 60 / step);
        double radius = speed * samples * step / (2 * Math.PI); // one loop
        double heading = r.nextDouble() * 2 * Math.PI;
        double centerLat = p.homeLat() + Math.sin(heading) * radius / 111_320.0;
        double centerLng =
                p.homeLng() + Math.cos(heading) * radius / (111_320.0 * Math.cos(Math.toRadians(p.homeLat())));
        List<PositionSample> pos = new ArrayList<>();
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<SpeedSample> spd = new ArrayList<>();
        List<DistanceSample> distS = new ArrayList<>();
        List<List<Double>> track = new ArrayList<>();
        double dist = 0, hrSum = 0, hrMax = 0, maxSpeed = 0;
        for (int i = 0; i <= samples; i++) {
            ZonedDateTime t = start.plusSeconds((long) i * step);
            double angle = heading + Math.PI + 2 * Math.PI * i / samples;
            double wobble = 1 + 0.04 * Math.sin(i / 7.0);
            double lat = centerLat + Math.sin(angle) * radius * wobble / 111_320.0;
            double lng =
                    centerLng + Math.cos(angle) * radius * wobble / (111_320.0 * Math.cos(Math.toRadians(centerLat)));
            lat = Math.round(lat * 1e6) / 1e6;
            lng = Math.round(lng * 1e6) / 1e6;
            double v = round2(clamp(speed + r.nextGaussian() * speed * 0.08, speed * 0.5, speed * 1.5));
            double warm = Math.min(1, i / (samples * 0.15 + 1));
            double bpm = Math.round(clamp(
                    p.restingHr() + 30 + (avgHr - p.restingHr() - 30) * (0.7 + 0.35 * warm) + r.nextGaussian() * 3,
                    p.restingHr() + 20,
                    p.maxHr()));
            if (i > 0) dist += v * step;
            String ts = Timestamps.format(t);
            double timer = (double) i * step;
            pos.add(PositionSample.builder()
                    .timestamp(ts)
                    .coordsLatLngDeg(List.of(lat, lng))
                    .timerDurationSeconds(timer)
                    .build());
            hr.add(HeartRateDataSample.builder()
                    .timestamp(ts)
                    .bpm(bpm)
                    .timerDurationSeconds(timer)
                    .context(1)
                    .build());
            spd.add(SpeedSample.builder()
                    .timestamp(ts)
                    .speedMetersPerSecond(v)
                    .timerDurationSeconds(timer)
                    .build());
            distS.add(DistanceSample.builder()
                    .timestamp(ts)
                    .distanceMeters(round1(dist))
                    .timerDurationSeconds(timer)
                    .build());
            track.add(List.of(lat, lng));
            hrSum += bpm;
            hrMax = Math.max(hrMax, bpm);
            maxSpeed = Math.max(maxSpeed, v);
        }
        ZonedDateTime end = start.plusSeconds((long) samples * step);
        double seconds = samples * step;
        double avgSpeed = dist / seconds;
        double kcal = ride ? 0.28 * p.baseWeightKg() * dist / 1000 : 1.0 * p.baseWeightKg() * dist / 1000;
        Integer steps = ride ? null : (int) Math.round(seconds / 60 * clamp(170 + r.nextGaussian() * 5, 155, 185));

        // Laps: every km (runs) or 5 km (rides).
        double lapLen = ride ? 5000 : 1000;
        List<LapSample> laps = new ArrayList<>();
        int lapStartIdx = 0;
        for (int i = 1; i < distS.size(); i++) {
            double dl = distS.get(i).distanceMeters() - distS.get(lapStartIdx).distanceMeters();
            if (dl >= lapLen || i == distS.size() - 1) {
                double secs = (i - lapStartIdx) * (double) step;
                double lapHr = 0;
                for (int k = lapStartIdx; k <= i; k++) lapHr += hr.get(k).bpm();
                laps.add(LapSample.builder()
                        .startTime(distS.get(lapStartIdx).timestamp())
                        .endTime(distS.get(i).timestamp())
                        .distanceMeters(round1(dl))
                        .avgSpeedMetersPerSecond(round2(dl / secs))
                        .avgHrBpm(round1(lapHr / (i - lapStartIdx + 1)))
                        .calories(round1(kcal * dl / dist))
                        .activeDurationSeconds((int) secs)
                        .triggerMethod(i == distS.size() - 1 ? "session_end" : "distance")
                        .build());
                lapStartIdx = i;
            }
        }
        String name = (start.getHour() < 12 ? "Morning " : "Evening ") + (ride ? "Ride" : "Run");
        return Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .name(name)
                        .type(ride ? ActivityType.BIKING.value() : ActivityType.RUNNING.value())
                        .startTime(Timestamps.format(start))
                        .endTime(Timestamps.format(end))
                        .summaryId("sbx-act-" + Long.toHexString(seed) + "-" + d + "-" + index)
                        .city(p.city())
                        .country(p.country())
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(device())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(seconds)
                        .vigorousIntensitySeconds(seconds)
                        .build())
                .caloriesData(CaloriesData.builder()
                        .totalBurnedCalories(round1(kcal + bmr(d) / 86400 * seconds))
                        .netActivityCalories(round1(kcal))
                        .build())
                .distanceData(DistanceData.builder()
                        .summary(DistanceDataSummary.builder()
                                .distanceMeters(round1(dist))
                                .steps(steps)
                                .build())
                        .detailed(DistanceDataDetailed.builder()
                                .distanceSamples(distS)
                                .build())
                        .build())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(round1(hrSum / hr.size()))
                                .maxHrBpm(hrMax)
                                .restingHrBpm((double) restingHr(d))
                                .userMaxHrBpm((double) p.maxHr())
                                .build())
                        .detailed(HeartRateDataDetailed.builder().hrSamples(hr).build())
                        .build())
                .movementData(MovementData.builder()
                        .avgSpeedMetersPerSecond(round2(avgSpeed))
                        .maxSpeedMetersPerSecond(maxSpeed)
                        .avgPaceMinutesPerKilometer(round2(1000 / avgSpeed / 60))
                        .speedSamples(spd)
                        .build())
                .positionData(PositionData.builder()
                        .startPosLatLngDeg(track.get(0))
                        .endPosLatLngDeg(track.get(track.size() - 1))
                        .centerPosLatLngDeg(
                                List.of(Math.round(centerLat * 1e6) / 1e6, Math.round(centerLng * 1e6) / 1e6))
                        .positionSamples(pos)
                        .build())
                .polylineMapData(PolylineMapData.builder()
                        .summaryPolyline(Polyline.encode(track))
                        .build())
                .lapData(LapData.builder().laps(laps).build())
                .build();
    }

    // ---------------------------------------------------------------- body

    double weightOn(LocalDate d) {
        double weeks = d.toEpochDay() / 7.0;
        return p.baseWeightKg()
                + 0.8 * Math.sin(weeks / 6.0 + (seed & 0xFF))
                + rng(d, 7).nextGaussian() * 0.3;
    }

    /** A weigh-in once a week (on the profile's weigh-in day), morning after waking. */
    public Body body(LocalDate d) {
        int weighDay = (int) Math.floorMod(seed, 7L) + 1;
        if (d.getDayOfWeek().getValue() != weighDay) return null;
        Random r = rng(d, 8);
        double w = round1(weightOn(d));
        double fat = round1(clamp(p.baseBodyFatPct() + r.nextGaussian() * 0.5, 5, 50));
        double bmi = round1(w / Math.pow(p.heightCm() / 100, 2));
        ZonedDateTime at = d.atTime(7, 0).atZone(p.zone()).plusMinutes(r.nextInt(60));
        double muscle = round1(w * (1 - fat / 100) * 0.52 * 1000);
        double bone = round1(w * 0.04 * 1000);
        double water = round1(clamp(100 - fat - 15 + r.nextGaussian(), 40, 70));
        return Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(Timestamps.format(d.atStartOfDay(p.zone())))
                        .endTime(Timestamps.format(d.plusDays(1).atStartOfDay(p.zone())))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .build())
                .deviceData(DeviceData.builder()
                        .name("Tributary Sandbox Scale")
                        .manufacturer("Tributary")
                        .build())
                .measurementsData(MeasurementsData.builder()
                        .measurements(List.of(MeasurementDataSample.builder()
                                .measurementTime(Timestamps.format(at))
                                .weightKg(w)
                                .heightCm(p.heightCm())
                                .bmi(bmi)
                                .bodyfatPercentage(fat)
                                .muscleMassG(muscle)
                                .boneMassG(bone)
                                .waterPercentage(water)
                                .bmr(round1(bmr(d)))
                                .build()))
                        .dayAvgWeightKg(w)
                        .dayAvgBodyfatPercentage(fat)
                        .dayAvgBmi(bmi)
                        .dayAvgHeightCm(p.heightCm())
                        .dayAvgMuscleMassG(muscle)
                        .dayAvgBoneMassG(bone)
                        .dayAvgWaterPercentage(water)
                        .build())
                .build();
    }

    // ---------------------------------------------------------------- nutrition

    /** Meals logged on day {@code d} up to {@code now}; null when none is logged yet. */
    public Nutrition nutrition(LocalDate d, Instant now) {
        Random r = rng(d, 9);
        if (r.nextDouble() < 0.15) return null; // forgot to log that day
        double target = bmr(d) * 1.45 + r.nextGaussian() * 200;
        Object[][] plan = {
            {MealType.BREAKFAST, 7, 30, 0.25, "Oats with berries"},
            {MealType.LUNCH, 12, 45, 0.33, "Chicken and rice bowl"},
            {MealType.AFTERNOON_SNACK, 16, 0, 0.10, "Greek yogurt"},
            {MealType.DINNER, 19, 30, 0.32, "Salmon, potatoes and greens"}
        };
        List<Meal> meals = new ArrayList<>();
        double kcal = 0, protein = 0, carbs = 0, fat = 0, fiber = 0, sugar = 0, sodium = 0;
        for (int i = 0; i < plan.length; i++) {
            ZonedDateTime at = d.atTime((Integer) plan[i][1], (Integer) plan[i][2])
                    .atZone(p.zone())
                    .plusMinutes(r.nextInt(40) - 20);
            if (at.toInstant().isAfter(now)) continue;
            double mk = round1(target * (Double) plan[i][3] * (0.85 + r.nextDouble() * 0.3));
            double pShare = 0.2 + r.nextDouble() * 0.1, fShare = 0.25 + r.nextDouble() * 0.1;
            double pg = round1(mk * pShare / 4), fg = round1(mk * fShare / 9);
            double cg = round1(mk * (1 - pShare - fShare) / 4);
            double fib = round1(cg * 0.1), sug = round1(cg * 0.2), na = Math.round(mk * 0.9);
            meals.add(Meal.builder()
                    .id("sbx-meal-" + Long.toHexString(seed) + "-" + d + "-" + i)
                    .name((String) plan[i][4])
                    .type(((MealType) plan[i][0]).value())
                    .timestamp(Timestamps.format(at))
                    .macros(NutritionMacros.builder()
                            .calories(mk)
                            .proteinG(pg)
                            .carbohydratesG(cg)
                            .fatG(fg)
                            .fiberG(fib)
                            .sugarG(sug)
                            .sodiumMg((double) na)
                            .build())
                    .build());
            kcal += mk;
            protein += pg;
            carbs += cg;
            fat += fg;
            fiber += fib;
            sugar += sug;
            sodium += na;
        }
        if (meals.isEmpty()) return null;
        double water = Math.round(clamp(2000 + r.nextGaussian() * 400, 800, 3500) * meals.size() / plan.length);
        return Nutrition.builder()
                .metadata(NutritionMetadata.builder()
                        .startTime(Timestamps.format(d.atStartOfDay(p.zone())))
                        .endTime(Timestamps.format(d.plusDays(1).atStartOfDay(p.zone())))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .build())
                .meals(meals)
                .summary(NutritionSummary.builder()
                        .macros(NutritionMacros.builder()
                                .calories(round1(kcal))
                                .proteinG(round1(protein))
                                .carbohydratesG(round1(carbs))
                                .fatG(round1(fat))
                                .fiberG(round1(fiber))
                                .sugarG(round1(sugar))
                                .sodiumMg(round1(sodium))
                                .build())
                        .waterMl(water)
                        .build())
                .build();
    }

    // ---------------------------------------------------------------- menstruation

    /** Cycle tracking for people who menstruate: one object per day, with flow on period days. */
    public Menstruation menstruation(LocalDate d) {
        if (!p.menstruates()) return null;
        long since = d.toEpochDay() - p.cycleAnchor().toEpochDay();
        int dayInCycle = (int) Math.floorMod(since, (long) p.cycleLengthDays()) + 1;
        LocalDate periodStart = d.minusDays(dayInCycle - 1);
        List<MenstruationFlowSample> flow = new ArrayList<>();
        if (dayInCycle <= p.periodLengthDays()) {
            MenstruationFlow f = dayInCycle <= 1
                    ? MenstruationFlow.MEDIUM
                    : dayInCycle <= 3 ? MenstruationFlow.HEAVY : MenstruationFlow.LIGHT;
            flow.add(MenstruationFlowSample.builder()
                    .timestamp(Timestamps.format(d.atTime(8, 0).atZone(p.zone())))
                    .flow(f.value())
                    .build());
        }
        int ovulation = p.cycleLengthDays() - 14;
        LocalDate ovulationDay = periodStart.plusDays(ovulation - 1);
        return Menstruation.builder()
                .metadata(MenstruationMetadata.builder()
                        .startTime(Timestamps.format(d.atStartOfDay(p.zone())))
                        .endTime(Timestamps.format(d.plusDays(1).atStartOfDay(p.zone())))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .build())
                .menstruationData(MenstruationData.builder()
                        .dayInCycle(dayInCycle)
                        .cycleLengthDays(p.cycleLengthDays())
                        .predictedCycleLengthDays(p.cycleLengthDays())
                        .periodLengthDays(p.periodLengthDays())
                        .periodStartDate(periodStart.toString())
                        .isPredictedCycle(false)
                        .ovulationDay(ovulationDay.toString())
                        .fertilityWindowStart(ovulationDay.minusDays(5).toString())
                        .fertilityWindowEnd(ovulationDay.plusDays(1).toString())
                        .menstruationFlow(flow)
                        .build())
                .build();
    }

    // ---------------------------------------------------------------- helpers

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
