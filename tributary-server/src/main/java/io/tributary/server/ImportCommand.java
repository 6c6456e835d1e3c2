package io.tributary.server;

import io.tributary.files.FileParseException;
import io.tributary.server.ingest.UploadService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar tributary.jar import --user <user id> <file>…}: imports files into the configured database
 * (same settings as the server: {@code TRIBUTARY_DB_URL} or the embedded database in {@code TRIBUTARY_DATA_DIR}),
 * storing the records and writing their events to the outbox like an upload, with a progress bar on stderr.
 * Exit code 0 when every file was imported, 1 when one failed, 2 on a usage error.
 */
public final class ImportCommand {
    private ImportCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        UUID user = null;
        List<Path> files = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--user") || a.equals("-u")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--user needs a user id");
                }
                try {
                    user = UUID.fromString(args[++i]);
                } catch (IllegalArgumentException e) {
                    return usage(err, "not a user id: " + args[i]);
                }
            } else if (a.startsWith("--user=")) {
                try {
                    user = UUID.fromString(a.substring(7));
                } catch (IllegalArgumentException e) {
                    return usage(err, "not a user id: " + a.substring(7));
                }
            } else if (a.startsWith("--") && a.contains("=")) {
                springArgs.add(a); // Spring properties, e.g. --tributary.db.url=jdbc:postgresql://...
            } else if (a.equals("--help") || a.equals("-h")) {
                return usage(out, null);
            } else {
                files.add(Path.of(a));
            }
        }
        if (user == null || files.isEmpty()) {
            return usage(err, user == null ? "--user is required" : "no files given");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                return usage(err, "no such file: " + f);
            }
        }
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TributaryApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "tributary.delivery.enabled=false",
                        "tributary.uploads.workers=0",
                        "tributary.cli=true")
                .run(springArgs.toArray(String[]::new));
        int failures = 0;
        try {
            UploadService uploads = ctx.getBean(UploadService.class);
            for (Path f : files) {
                long total = Files.size(f);
                long t0 = System.nanoTime();
                Progress bar = new Progress(err, f.getFileName().toString(), total);
                try {
                    UploadService.Result r = uploads.importFile(user, f, bar::bytes, bar::records);
                    bar.finish();
                    out.printf(
                            Locale.ROOT,
                            "%s: %d records (%s) in %.1f s%n",
                            f,
                            r.records(),
                            r.format().label(),
                            (System.nanoTime() - t0) / 1e9);
                } catch (FileParseException | IllegalArgumentException e) {
                    bar.finish();
                    err.println(f + ": " + e.getMessage());
                    failures++;
                }
            }
        } catch (Exception e) {
            err.println("import failed: " + e.getMessage());
            failures++;
        } finally {
            ctx.close();
        }
        return failures == 0 ? 0 : 1;
    }

    private static int usage(PrintStream s, String problem) {
        if (problem != null) {
            s.println("error: " + problem);
        }
        s.println("usage: java -jar tributary.jar import --user <user id> <file>...");
        s.println("  files: .fit, .gpx, .tcx, Apple Health export.zip/export.xml, Google Takeout zip/CSV/JSON");
        return problem == null ? 0 : 2;
    }

    /** A one-line progress bar on stderr (bytes for streamed formats, then records). */
    static final class Progress {
        private final PrintStream err;
        private final String name;
        private final long total;
        private long bytes;
        private long records;
        private long lastPrint;

        Progress(PrintStream err, String name, long total) {
            this.err = err;
            this.name = name;
            this.total = Math.max(1, total);
        }

        void bytes(long b) {
            bytes = b;
            print(false);
        }

        void records(long n) {
            records = n;
            print(false);
        }

        void finish() {
            bytes = total;
            print(true);
            err.println();
        }

        private void print(boolean force) {
            long now = System.nanoTime();
            if (!force && now - lastPrint < 200_000_000L) {
                return;
            }
            lastPrint = now;
            int pct = (int) Math.min(100, bytes * 100 / total);
            int filled = pct * 30 / 100;
            err.printf(
                    Locale.ROOT,
                    "\r%-24.24s [%s%s] %3d%% %,d/%,d bytes, %,d records",
                    name,
                    "#".repeat(filled),
                    ".".repeat(30 - filled),
                    pct,
                    bytes,
                    total,
                    records);
            err.flush();
        }
    }
}
