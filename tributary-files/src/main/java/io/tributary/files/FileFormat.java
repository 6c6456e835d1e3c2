package io.tributary.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The file formats Tributary reads, detected from content (magic bytes, XML root, JSON keys, CSV header). */
public enum FileFormat {
    FIT("Garmin FIT"),
    GPX("GPX"),
    TCX("TCX"),
    APPLE_HEALTH_XML("Apple Health export.xml"),
    APPLE_HEALTH_ZIP("Apple Health export.zip"),
    GOOGLE_TAKEOUT_ZIP("Google Takeout (Fit) zip"),
    GOOGLE_FIT_DAILY_CSV("Google Fit daily metrics CSV"),
    GOOGLE_FIT_SESSION_JSON("Google Fit session JSON"),
    UNKNOWN("unknown");

    private static final int SNIFF_BYTES = 64 * 1024;

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    /** A human-readable name, e.g. "Garmin FIT". */
    public String label() {
        return label;
    }

    /**
     * Detects the format of {@code file}; the file name only breaks ties (it is never trusted alone).
     *
     * @throws FileParseException when the file cannot be read
     */
    public static FileFormat detect(Path file, String filename) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new FileParseException(UNKNOWN, "could not read the file: " + e.getMessage(), e);
        }
        FileFormat f = detect(head, filename);
        if (f == APPLE_HEALTH_ZIP) {
            return zipKind(file);
        }
        return f;
    }

    /**
     * Detects the format from the first bytes of a file. Zip files are reported as {@link #APPLE_HEALTH_ZIP} unless
     * the first entry name shows a Google Takeout archive; {@link #detect(Path, String)} looks at every entry.
     */
    public static FileFormat detect(byte[] head, String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (isFit(head)) {
            return FIT;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String first =
                    new String(head, 30, Math.max(0, Math.min(head.length - 30, 200)), StandardCharsets.ISO_8859_1);
            if (first.startsWith("Takeout/")) {
                return GOOGLE_TAKEOUT_ZIP;
            }
            return APPLE_HEALTH_ZIP;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            String root = xmlRoot(trimmed);
            if (root == null) {
                return UNKNOWN;
            }
            String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
            return switch (local) {
                case "gpx" -> GPX;
                case "TrainingCenterDatabase" -> TCX;
                case "HealthData" -> APPLE_HEALTH_XML;
                default -> UNKNOWN;
            };
        }
        if (trimmed.startsWith("{")) {
            if (trimmed.contains("\"fitnessActivity\"")
                    || (trimmed.contains("\"startTime\"") && trimmed.contains("\"endTime\""))) {
                return GOOGLE_FIT_SESSION_JSON;
            }
            return UNKNOWN;
        }
        int nl = trimmed.indexOf('\n');
        String header = (nl < 0 ? trimmed : trimmed.substring(0, nl)).trim();
        if ((header.startsWith("Date,") || header.startsWith("Start time,"))
                && (header.contains("Step count")
                        || header.contains("Calories (kcal)")
                        || header.contains("Move Minutes"))) {
            return GOOGLE_FIT_DAILY_CSV;
        }
        if (name.endsWith(".fit")) {
            return UNKNOWN; // a .fit name without a FIT header is corrupt, not some other format
        }
        return UNKNOWN;
    }

    static boolean isFit(byte[] head) {
        if (head.length < 12) {
            return false;
        }
        int headerSize = head[0] & 0xFF;
        return (headerSize == 12 || headerSize == 14)
                && head[8] == '.'
                && head[9] == 'F'
                && head[10] == 'I'
                && head[11] == 'T';
    }

    /** The first element name of an XML document (skipping the prolog, comments and a DOCTYPE). */
    static String xmlRoot(String text) {
        int i = 0;
        int n = text.length();
        int guard = 0;
        while (i < n && guard++ < 10_000) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return null;
            }
            char c = text.charAt(lt + 1);
            if (c == '?') {
                int end = text.indexOf("?>", lt);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt);
                if (end < 0) {
                    return null;
                }
                i = end + 3;
            } else if (text.startsWith("<!DOCTYPE", lt)) {
                int bracket = text.indexOf('[', lt);
                int gt = text.indexOf('>', lt);
                if (gt < 0) {
                    return null;
                }
                if (bracket >= 0 && bracket < gt) {
                    int end = text.indexOf("]>", bracket);
                    if (end < 0) {
                        end = text.indexOf(']', bracket);
                        if (end < 0) {
                            return null;
                        }
                    }
                    i = text.indexOf('>', end) + 1;
                    if (i <= 0) {
                        return null;
                    }
                } else {
                    i = gt + 1;
                }
            } else {
                int j = lt + 1;
                while (j < n
                        && !Character.isWhitespace(text.charAt(j))
                        && text.charAt(j) != '>'
                        && text.charAt(j) != '/') {
                    j++;
                }
                return text.substring(lt + 1, j);
            }
        }
        return null;
    }

    private static FileFormat zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            int seen = 0;
            while (entries.hasMoreElements() && seen++ < 1_000_000) {
                ZipEntry e = entries.nextElement();
                String n = e.getName();
                if (n.endsWith("export.xml") && !n.contains("export_cda")) {
                    return APPLE_HEALTH_ZIP;
                }
                if (n.startsWith("Takeout/") || n.contains("/Fit/") || n.startsWith("Fit/")) {
                    return GOOGLE_TAKEOUT_ZIP;
                }
            }
            return UNKNOWN;
        } catch (IOException e) {
            throw new FileParseException(
                    UNKNOWN, "the file looks like a zip archive but it is corrupt: " + e.getMessage(), e);
        }
    }
}
