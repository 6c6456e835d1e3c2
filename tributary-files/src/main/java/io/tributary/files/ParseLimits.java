package io.tributary.files;

/**
 * Safety limits applied while reading untrusted files.
 *
 * @param maxBytes largest file accepted, except Apple Health exports (50 MiB by default)
 * @param maxAppleBytes largest Apple Health export.zip/export.xml accepted (2 GiB by default)
 * @param maxZipEntries most entries a zip may list
 * @param maxUncompressedBytes most bytes one zip entry may inflate to
 * @param maxCompressionRatio largest inflated/compressed ratio of a zip entry once it passed 1 MiB
 * @param maxSamplesPerSeries most samples kept per time series of one activity (more are thinned evenly)
 * @param maxXmlDepth deepest element nesting accepted in XML files
 */
public record ParseLimits(
        long maxBytes,
        long maxAppleBytes,
        int maxZipEntries,
        long maxUncompressedBytes,
        int maxCompressionRatio,
        int maxSamplesPerSeries,
        int maxXmlDepth) {

    public static final long MIB = 1L << 20;

    /** 50 MiB files, 2 GiB Apple exports, 200 000 zip entries, 16 GiB inflated, ratio 100, 200 000 samples, depth 64. */
    public static ParseLimits defaults() {
        return new ParseLimits(50 * MIB, 2048 * MIB, 200_000, 16384 * MIB, 100, 200_000, 64);
    }

    public ParseLimits withMaxBytes(long bytes) {
        return new ParseLimits(
                bytes,
                maxAppleBytes,
                maxZipEntries,
                maxUncompressedBytes,
                maxCompressionRatio,
                maxSamplesPerSeries,
                maxXmlDepth);
    }

    public ParseLimits withMaxAppleBytes(long bytes) {
        return new ParseLimits(
                maxBytes,
                bytes,
                maxZipEntries,
                maxUncompressedBytes,
                maxCompressionRatio,
                maxSamplesPerSeries,
                maxXmlDepth);
    }

    public ParseLimits withMaxUncompressedBytes(long bytes) {
        return new ParseLimits(
                maxBytes, maxAppleBytes, maxZipEntries, bytes, maxCompressionRatio, maxSamplesPerSeries, maxXmlDepth);
    }

    public ParseLimits withMaxZipEntries(int entries) {
        return new ParseLimits(
                maxBytes,
                maxAppleBytes,
                entries,
                maxUncompressedBytes,
                maxCompressionRatio,
                maxSamplesPerSeries,
                maxXmlDepth);
    }

    public ParseLimits withMaxCompressionRatio(int ratio) {
        return new ParseLimits(
                maxBytes, maxAppleBytes, maxZipEntries, maxUncompressedBytes, ratio, maxSamplesPerSeries, maxXmlDepth);
    }
}
