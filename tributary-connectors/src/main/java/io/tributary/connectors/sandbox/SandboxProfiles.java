package io.tributary.connectors.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/** Who a seed stands for: a stable name, home, body and habits derived from the seed text. */
final class SandboxProfiles {
    private SandboxProfiles() {}

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

    static SandboxGenerator.Profile profileOf(long seed) {
        Random r = new Random(seed);
        boolean female = r.nextBoolean();
        int age = 22 + r.nextInt(38);
        LocalDate dob = LocalDate.of(2026 - age, 1 + r.nextInt(12), 1 + r.nextInt(28));
        Object[] home = HOMES[r.nextInt(HOMES.length)];
        double height = female ? 158 + r.nextGaussian() * 6 : 172 + r.nextGaussian() * 7;
        height = SandboxPerson.clamp(height, 148, 198);
        double bmi = SandboxPerson.clamp(21.5 + r.nextGaussian() * 2.5, 18.5, 30);
        double weight = bmi * Math.pow(height / 100, 2);
        double fat = SandboxPerson.clamp((female ? 27 : 18) + r.nextGaussian() * 4, 10, 38);
        int resting = (int) Math.round(SandboxPerson.clamp(60 + r.nextGaussian() * 6, 48, 72));
        int maxHr = 208 - (int) Math.round(0.7 * age);
        int steps = (int) Math.round(SandboxPerson.clamp(8000 + r.nextGaussian() * 2500, 3500, 14000));
        double sleepNeed = SandboxPerson.clamp(7.3 + r.nextGaussian() * 0.4, 6.3, 8.3);
        double hrv = SandboxPerson.clamp(65 - (age - 22) * 0.8 + r.nextGaussian() * 10, 25, 110);
        double actProb = SandboxPerson.clamp(0.45 + r.nextGaussian() * 0.15, 0.15, 0.85);
        double rideShare = r.nextDouble();
        boolean menstruates = female && age < 52 && r.nextDouble() < 0.85;
        int cycle = 26 + r.nextInt(7);
        int period = 4 + r.nextInt(3);
        LocalDate anchor = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(cycle));
        String first = female ? FIRST_F[r.nextInt(FIRST_F.length)] : FIRST_M[r.nextInt(FIRST_M.length)];
        String last = LAST[r.nextInt(LAST.length)];
        return new SandboxGenerator.Profile(
                first,
                last,
                female ? "female" : "male",
                dob,
                (String) home[0],
                (String) home[1],
                ZoneId.of((String) home[2]),
                (Double) home[3],
                (Double) home[4],
                SandboxPerson.round1(height),
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
}
