package io.tributary.server.bench;

import io.tributary.connectors.sandbox.SandboxGenerator;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.scores.HealthScores;
import io.tributary.scores.History;
import io.tributary.scores.Score;
import io.tributary.server.TributaryApplication;
import io.tributary.server.account.AccountService;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.ingest.DataIngest;
import io.tributary.server.ingest.ScoreSettings;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Health-score benchmark (bench/scores-bench.sh, results in bench/RESULTS.md):
 *
 * <ol>
 *   <li>recompute: every score of every daily, sleep and activity record of {@code users} SANDBOX-generated users ×
 *       {@code days} of history, from scratch (History + HealthScores, no database) — the cost of rescoring everyone
 *       after a formula change;
 *   <li>ingest: the time one ingested day (daily, sleep, activities, body: one {@link DataIngest} call per type, as a
 *       pull makes them) takes for a user with {@code historyDays} stored, in an environment with every score on
 *       and in one with every score off, alternating, against the embedded PostgreSQL.
 * </ol>
 *
 * Arguments (name=value): users=1000 days=365 ingestUsers=20 historyDays=60 ingestDays=5.
 */
public final class ScoresBench {
    private ScoresBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> a = new LinkedHashMap<>(
                Map.of("users", 1000, "days", 365, "ingestUsers", 20, "historyDays", 60, "ingestDays", 5));
        for (String s : args) {
            String[] kv = s.split("=", 2);
            if (kv.length == 2 && a.containsKey(kv[0])) a.put(kv[0], Integer.parseInt(kv[1]));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        recompute(a.get("users"), a.get("days"), today);
        if (a.get("ingestUsers") > 0) ingest(a.get("ingestUsers"), a.get("historyDays"), a.get("ingestDays"), today);
    }

    static List<TerraDataModel> day(SandboxGenerator g, LocalDate d, Instant now) {
        List<TerraDataModel> out = new ArrayList<>();
        Daily daily = g.daily(d, now);
        if (daily != null) out.add(daily);
        Sleep sleep = g.sleep(d);
        if (sleep != null) out.add(sleep);
        out.addAll(g.activities(d, now));
        Body body = g.body(d);
        if (body != null) out.add(body);
        return out;
    }

    static void recompute(int users, int days, LocalDate today) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Instant now = Instant.now();
        long genNanos = 0, scoreNanos = 0, scoreCpu = 0, records = 0, scored = 0, values = 0, nulls = 0;
        for (int u = 0; u < users; u++) {
            long t0 = System.nanoTime();
            SandboxGenerator g = new SandboxGenerator("scores-bench-" + u);
            List<TerraDataModel> all = new ArrayList<>();
            for (int i = days - 1; i >= 0; i--) all.addAll(day(g, today.minusDays(i), now));
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            History h = History.of(all);
            for (TerraDataModel m : all) {
                TerraDataModel e = HealthScores.enrich(m, h, HealthScores.ALL);
                if (e != m) {
                    scored++;
                    String text = String.valueOf(enrichment(e));
                    values += count(text, "Score=") + count(text, "Index=");
                    nulls += count(text, "Score=null") + count(text, "Index=null");
                }
            }
            scoreCpu += mx.getCurrentThreadCpuTime() - c1;
            long t2 = System.nanoTime();
            genNanos += t1 - t0;
            scoreNanos += t2 - t1;
            records += all.size();
        }
        System.out.println("### Recompute every score from scratch (no database, one thread)");
        System.out.println();
        System.out.println(
                "| users × days | records | records scored | score fields (null) | generate s | score s (wall)"
                        + " | score s (CPU) | records/s | ms per user-year |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf(
                Locale.ROOT,
                "| %d × %d | %,d | %,d | %,d (%,d) | %.1f | %.1f | %.1f | %,.0f | %.1f |%n",
                users,
                days,
                records,
                scored,
                values,
                nulls,
                genNanos / 1e9,
                scoreNanos / 1e9,
                scoreCpu / 1e9,
                records / (scoreNanos / 1e9),
                scoreNanos / 1e6 / users * 365.0 / days);
        System.out.println();
    }

    private static Object enrichment(TerraDataModel m) {
        if (m instanceof Daily x) return x.dataEnrichment();
        if (m instanceof Sleep x) return x.dataEnrichment();
        if (m instanceof io.tributary.model.Activity x) return x.dataEnrichment();
        return null;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    static void ingest(int users, int historyDays, int ingestDays, LocalDate today) throws Exception {
        var dir = Files.createTempDirectory("tributary-scores-bench-");
        ConfigurableApplicationContext ctx = SpringApplication.run(TributaryApplication.class, new String[] {
            "--tributary.data-dir=" + dir,
            "--server.port=0",
            "--logging.level.root=warn",
            "--tributary.delivery.enabled=false",
            "--tributary.sync-tick=1h"
        });
        try {
            AccountService accounts = ctx.getBean(AccountService.class);
            UserService userService = ctx.getBean(UserService.class);
            DataIngest ingest = ctx.getBean(DataIngest.class);
            ScoreSettings settings = ctx.getBean(ScoreSettings.class);
            DeveloperCredentials dev = accounts.createDeveloper("scores-bench");
            EnvironmentRecord on = env(accounts, dev, "production");
            EnvironmentRecord off = env(accounts, dev, "staging");
            Map<String, Boolean> allOff = new LinkedHashMap<>();
            for (Score s : Score.values()) allOff.put(s.field(), false);
            settings.patch(off, allOff);

            Instant now = Instant.now();
            LocalDate first = today.minusDays(historyDays + ingestDays);
            List<Run> runs = new ArrayList<>();
            for (EnvironmentRecord env : List.of(on, off))
                for (int u = 0; u < users; u++) {
                    User user = userService.createAuthenticated(env, "SANDBOX", "bench-" + u, "all", "bench-" + u);
                    runs.add(new Run(env == on, user, env, new SandboxGenerator("scores-bench-" + u)));
                }
            // history, in 30-day pulls per type as a backfill makes them (not measured)
            for (Run r : runs)
                for (LocalDate d = first; d.isBefore(first.plusDays(historyDays)); d = d.plusDays(30)) {
                    List<TerraDataModel> batch = new ArrayList<>();
                    for (int i = 0; i < 30 && d.plusDays(i).isBefore(first.plusDays(historyDays)); i++)
                        batch.addAll(day(r.gen, d.plusDays(i), now));
                    ingestByType(ingest, r, batch);
                }
            // measured: one day at a time, the two environments interleaved user by user
            List<Double> withScores = new ArrayList<>(), without = new ArrayList<>();
            for (int k = 0; k < ingestDays; k++) {
                LocalDate d = first.plusDays(historyDays + k);
                for (int u = 0; u < users; u++)
                    for (Run r : k % 2 == 0
                            ? List.of(runs.get(u), runs.get(users + u))
                            : List.of(runs.get(users + u), runs.get(u))) {
                        List<TerraDataModel> batch = day(r.gen, d, now);
                        long t0 = System.nanoTime();
                        ingestByType(ingest, r, batch);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        (r.scores ? withScores : without).add(ms);
                    }
            }
            System.out.println("### Added cost per ingested day (embedded PostgreSQL, " + historyDays
                    + " days stored per user, " + users + " users per environment, " + ingestDays + " days each)");
            System.out.println();
            System.out.println("| scores | ingested user-days | mean ms | p50 ms | p90 ms | p99 ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row("all 14 on", withScores);
            row("all off", without);
            System.out.printf(
                    Locale.ROOT,
                    "%nAdded by scores: %.1f ms per ingested day at the mean, %.1f ms at p50.%n",
                    mean(withScores) - mean(without),
                    pct(withScores, 50) - pct(without, 50));
        } finally {
            ctx.close();
        }
    }

    record Run(boolean scores, User user, EnvironmentRecord env, SandboxGenerator gen) {}

    static void ingestByType(DataIngest ingest, Run r, List<TerraDataModel> batch) {
        Map<Class<?>, List<TerraDataModel>> byType = new LinkedHashMap<>();
        for (TerraDataModel m : batch)
            byType.computeIfAbsent(m.getClass(), k -> new ArrayList<>()).add(m);
        for (List<TerraDataModel> items : byType.values())
            ingest.ingest(r.env, r.user, items, UUID.randomUUID().toString());
    }

    static EnvironmentRecord env(AccountService accounts, DeveloperCredentials dev, String name) {
        return accounts.environmentByDevId(dev.environments().stream()
                        .filter(e -> e.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .devId())
                .orElseThrow();
    }

    static void row(String name, List<Double> ms) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                name,
                ms.size(),
                mean(ms),
                pct(ms, 50),
                pct(ms, 90),
                pct(ms, 99));
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static double pct(List<Double> v, int p) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (s.length == 0) return 0;
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
