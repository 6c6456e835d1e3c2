package io.tributary.server.ingest;

import io.tributary.files.FileFormat;
import io.tributary.files.FileParseException;
import io.tributary.files.FileParsers;
import io.tributary.files.ParseLimits;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.TributaryProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The spool of uploaded files ({@code <data dir>/uploads/}): a body is streamed to its own file (never into memory),
 * created readable by this user only (0600, issue 24: health data), then its format and size are checked. Bad input
 * (unknown format, empty, too large) is refused with 400/413 and leaves nothing behind.
 */
@Component
public class UploadStaging {
    private static final Logger log = LoggerFactory.getLogger(UploadStaging.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dir;
    private final ParseLimits limits;
    private final Clock clock;

    public UploadStaging(TributaryProperties props, Clock clock) {
        Path data = props.dataDir() == null ? Path.of("data") : props.dataDir();
        this.dir = data.resolve("uploads");
        TributaryProperties.Uploads cfg = props.uploads();
        long max = cfg == null || cfg.maxBytes() <= 0 ? 50L << 20 : cfg.maxBytes();
        long maxApple = cfg == null || cfg.maxAppleBytes() <= 0 ? 2L << 30 : cfg.maxAppleBytes();
        this.limits = ParseLimits.defaults().withMaxBytes(max).withMaxAppleBytes(maxApple);
        this.clock = clock;
    }

    public ParseLimits limits() {
        return limits;
    }

    /** The spool folder, also the parsers' temporary folder (Apple exports spill samples there). */
    Path dir() {
        return dir;
    }

    /** Streams {@code body} to a new 0600 spool file and validates it. */
    public UploadService.Staged stage(InputStream body, String filename) {
        String id = Ids.newId("upl", clock.millis());
        Path file = dir.resolve(id);
        long size;
        try {
            Files.createDirectories(dir);
            try (OutputStream out = create(file)) {
                size = copyLimited(body, out, limits.maxAppleBytes());
            }
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        try {
            FileFormat format = new FileParsers(limits, dir).detect(file, filename);
            return new UploadService.Staged(id, file, format, size, filename);
        } catch (FileParseException e) {
            delete(file);
            HttpStatus status = e.getMessage().contains("more than the limit")
                    ? HttpStatus.PAYLOAD_TOO_LARGE
                    : HttpStatus.BAD_REQUEST;
            throw new ApiException(status, e.getMessage());
        }
    }

    /** Creates the file with mode 0600 from the start (not chmod-ed afterwards: no moment it is readable). */
    private static OutputStream create(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static long copyLimited(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                throw new ApiException(
                        HttpStatus.PAYLOAD_TOO_LARGE, "the file is larger than the upload limit of " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    /** Drops a staged file that will not be queued, or whose upload has ended. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
    }
}
