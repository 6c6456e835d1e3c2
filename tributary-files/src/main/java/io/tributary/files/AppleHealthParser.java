package io.tributary.files;

import io.tributary.model.TerraDataModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Apple Health {@code export.zip} / {@code export.xml}, streamed with StAX in constant memory.
 *
 * <p>{@link AppleExportReader} reads the document into an {@link AppleExport}: quantity samples are spilled to
 * per-month temporary files ({@link SampleSpill}); per-day totals stay in memory (a few hundred bytes per day).
 * {@link AppleExportEmitter} then loads each month in turn and emits its days ({@link AppleDailyBuilder},
 * {@link AppleBodyBuilder}, {@link AppleNutritionBuilder}, menstruation), and every workout
 * ({@link AppleWorkoutBuilder}) and night ({@link AppleSleepBuilder}) once the samples inside it are collected.
 * HealthKit identifiers and units come from {@link HealthKitTypes}, the table the mobile-SDK path uses too. Samples
 * are matched by time only: the spill does not keep a record's source.
 *
 * <p>The internal DTD of real exports is skipped, never processed: entity references fail the import (no XXE, no
 * entity expansion).
 */
public final class AppleHealthParser {
    private static final String EXPORT_DIR_SUFFIX = "export.xml";

    private final ParseLimits limits;
    private final Path tempDir;

    public AppleHealthParser(ParseLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    /** Routes referenced by {@code WorkoutRoute/FileReference}, resolved inside the export zip. */
    interface RouteSource {
        InputStream open(String path) throws IOException;
    }

    // ---------------------------------------------------------------- entry points
    public int parseZip(Path zipPath, LongConsumer progress, Consumer<TerraDataModel> sink) {
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            int entries = 0;
            ZipEntry export = null;
            var en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    throw new FileParseException(
                            FileFormat.APPLE_HEALTH_ZIP,
                            "the zip archive lists more than " + limits.maxZipEntries() + " entries; refused");
                }
                String n = e.getName();
                if (!e.isDirectory()
                        && n.endsWith(EXPORT_DIR_SUFFIX)
                        && !n.endsWith("export_cda.xml")
                        && (export == null || n.length() < export.getName().length())) {
                    export = e;
                }
            }
            if (export == null) {
                throw new FileParseException(
                        FileFormat.APPLE_HEALTH_ZIP,
                        "the zip archive has no export.xml; is it an Apple Health export?");
            }
            String base = export.getName().substring(0, export.getName().length() - EXPORT_DIR_SUFFIX.length());
            RouteSource routes = path -> {
                String p = path.startsWith("/") ? path.substring(1) : path;
                ZipEntry e = zip.getEntry(base + p);
                if (e == null) {
                    return null;
                }
                return SafeZip.limited(zip, e, limits, FileFormat.APPLE_HEALTH_ZIP);
            };
            // progress is reported in bytes of the zip file: inflated bytes scaled by the entry's ratio
            long zipSize = java.nio.file.Files.size(zipPath);
            long entrySize = export.getSize();
            LongConsumer scaled = progress == null
                    ? null
                    : b -> progress.accept(
                            entrySize > 0 ? Math.min(zipSize, (long) ((double) b / entrySize * zipSize)) : 0);
            try (InputStream in = SafeZip.limited(zip, export, limits, FileFormat.APPLE_HEALTH_ZIP)) {
                return parse(new CountingInputStream(in, scaled), routes, FileFormat.APPLE_HEALTH_ZIP, sink);
            }
        } catch (java.util.zip.ZipException e) {
            throw new FileParseException(
                    FileFormat.APPLE_HEALTH_ZIP, "the zip archive is corrupt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int parseXml(Path xml, LongConsumer progress, Consumer<TerraDataModel> sink) {
        try (InputStream in = Files.newInputStream(xml)) {
            return parse(new CountingInputStream(in, progress), null, FileFormat.APPLE_HEALTH_XML, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int parse(InputStream in, Consumer<TerraDataModel> sink) {
        return parse(in, null, FileFormat.APPLE_HEALTH_XML, sink);
    }

    int parse(InputStream in, RouteSource routes, FileFormat format, Consumer<TerraDataModel> sink) {
        try (SampleSpill spill = new SampleSpill(tempDir)) {
            AppleExport export = new AppleExport(format, spill);
            XMLStreamReader r = SafeXml.reader(in, format);
            try {
                new AppleExportReader(export, limits).read(r);
            } catch (XMLStreamException e) {
                throw SafeXml.error(format, e);
            } finally {
                SafeXml.close(r);
            }
            return new AppleExportEmitter(export, limits, routes).emit(sink);
        }
    }
}
