package io.tributary.files;

/**
 * A file could not be read: unknown format, corrupt or truncated content, unsafe XML, a zip bomb or a size limit. The
 * message names the problem in words a user can act on (it is shown as the upload's {@code error}).
 */
public class FileParseException extends RuntimeException {
    private final FileFormat format;

    public FileParseException(FileFormat format, String message) {
        super(message);
        this.format = format;
    }

    public FileParseException(FileFormat format, String message, Throwable cause) {
        super(message, cause);
        this.format = format;
    }

    /** The format that was being read ({@link FileFormat#UNKNOWN} when detection failed). */
    public FileFormat format() {
        return format;
    }
}
