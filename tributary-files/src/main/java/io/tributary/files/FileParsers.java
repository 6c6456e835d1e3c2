package io.tributary.files;

import io.tributary.model.TerraDataModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Entry point: detects a file's format from its content and streams the Terra records it holds to a consumer.
 *
 * <pre>{@code
 * FileParsers parsers = new FileParsers(ParseLimits.defaults(), tmpDir);
 * ParseResult r = parsers.parse(path, "morning-run.fit", bytes -> {}, item -> store(item));
 * }</pre>
 *
 * Every failure is a {@link FileParseException} whose message names the problem; parsers never hang (all loops are
 * bounded by the input size and the {@link ParseLimits}).
 */
public final class FileParsers {
    private final ParseLimits limits;
    private final Path tempDir;

    public FileParsers(ParseLimits limits, Path tempDir) {
        this.limits = limits;
        this.tempDir = tempDir;
    }

    public FileParsers() {
        this(ParseLimits.defaults(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The outcome: detected format and number of records handed to the consumer. */
    public record ParseResult(FileFormat format, int records) {}

    /** Detects the format (throws when it is unknown or the file is over its size limit). */
    public FileFormat detect(Path file, String filename) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new FileParseException(FileFormat.UNKNOWN, "the file is empty");
        }
        FileFormat format = FileFormat.detect(file, filename);
        if (format == FileFormat.UNKNOWN) {
            throw new FileParseException(FileFormat.UNKNOWN, unknownMessage(file, filename));
        }
        boolean apple = format == FileFormat.APPLE_HEALTH_XML || format == FileFormat.APPLE_HEALTH_ZIP;
        long max = apple ? limits.maxAppleBytes() : limits.maxBytes();
        if (size > max) {
            throw new FileParseException(
                    format,
                    "the " + format.label() + " file is " + size + " bytes, more than the limit of " + max + " bytes");
        }
        return format;
    }

    /**
     * Parses {@code file}; {@code filename} is the name the user gave (used for tie-breaks and Google Takeout
     * names that carry dates/offsets). {@code progress} receives the number of input bytes read so far (Apple
     * exports), may be null.
     */
    public ParseResult parse(Path file, String filename, LongConsumer progress, Consumer<TerraDataModel> sink) {
        FileFormat format = detect(file, filename);
        int n;
        try {
            n = switch (format) {
                case FIT -> new FitParser(limits).parse(readAll(file, format), sink);
                case GPX -> new GpxParser(limits).parse(file, sink);
                case TCX -> new TcxParser(limits).parse(file, sink);
                case APPLE_HEALTH_XML -> new AppleHealthParser(limits, tempDir).parseXml(file, progress, sink);
                case APPLE_HEALTH_ZIP -> new AppleHealthParser(limits, tempDir).parseZip(file, progress, sink);
                case GOOGLE_TAKEOUT_ZIP -> new GoogleTakeoutParser(limits).parseZip(file, sink);
                case GOOGLE_FIT_DAILY_CSV, GOOGLE_FIT_SESSION_JSON ->
                    new GoogleTakeoutParser(limits).parseFile(file, filename, format, sink);
                case UNKNOWN -> throw new FileParseException(format, unknownMessage(file, filename));
            };
        } catch (FileParseException | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new FileParseException(format, "the " + format.label() + " file could not be read: " + e, e);
        }
        return new ParseResult(format, n);
    }

    private static byte[] readAll(Path file, FileFormat format) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unknownMessage(Path file, String filename) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            head = new byte[0];
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        String hint = switch (ext) {
            case ".fit" ->
                " The name ends in .fit but the content has no FIT header: the file is corrupt or not a FIT file.";
            case ".gpx", ".tcx", ".xml" ->
                " The name ends in " + ext + " but the content is not a GPX, TCX or Apple Health XML document.";
            case ".zip" -> " The name ends in .zip but it is not a readable zip archive.";
            default -> "";
        };
        return "unrecognised file format (first bytes " + HexFormat.of().formatHex(head)
                + "): expected FIT, GPX, TCX, an Apple Health export (.zip or export.xml) or Google Takeout Fit data"
                + " (zip, daily-metrics CSV or session JSON)." + hint;
    }
}
