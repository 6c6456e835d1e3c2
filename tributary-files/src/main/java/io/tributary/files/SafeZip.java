package io.tributary.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Zip-bomb protection: entry streams that stop at the uncompressed-size and compression-ratio limits. */
public final class SafeZip {
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private SafeZip() {}

    public static InputStream limited(ZipFile zip, ZipEntry entry, ParseLimits limits, FileFormat format)
            throws IOException {
        long declared = entry.getSize();
        if (declared > limits.maxUncompressedBytes()) {
            throw new FileParseException(
                    format,
                    "the zip entry " + entry.getName() + " inflates to " + declared + " bytes, more than the limit of "
                            + limits.maxUncompressedBytes());
        }
        long compressed = entry.getCompressedSize();
        return new Limited(zip.getInputStream(entry), entry.getName(), compressed, limits, format);
    }

    static final class Limited extends FilterInputStream {
        private final String name;
        private final long compressed;
        private final ParseLimits limits;
        private final FileFormat format;
        private long count;

        Limited(InputStream in, String name, long compressed, ParseLimits limits, FileFormat format) {
            super(in);
            this.name = name;
            this.compressed = compressed;
            this.limits = limits;
            this.format = format;
        }

        private void add(long n) {
            if (n <= 0) {
                return;
            }
            count += n;
            if (count > limits.maxUncompressedBytes()) {
                throw new FileParseException(
                        format,
                        "the zip entry " + name + " inflates past the limit of " + limits.maxUncompressedBytes()
                                + " bytes; refused as a possible zip bomb");
            }
            if (count > RATIO_GRACE_BYTES && compressed > 0 && count / compressed > limits.maxCompressionRatio()) {
                throw new FileParseException(
                        format,
                        "the zip entry " + name + " has a compression ratio above " + limits.maxCompressionRatio()
                                + ":1; refused as a possible zip bomb");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }
}
