package io.tributary.files;

import java.io.InputStream;

/**
 * Reads the {@code trkpt} positions, elevation and speed of an Apple workout-route GPX into an activity's points,
 * with the one GPX reader ({@link GpxTrackReader}); elevations are kept as written, at most
 * {@link ParseLimits#maxSamplesPerSeries()} points.
 */
final class RouteReader {
    private RouteReader() {}

    static void read(InputStream in, TrackPoints points, ParseLimits limits) {
        new GpxTrackReader(FileFormat.GPX, limits.maxXmlDepth(), false, limits.maxSamplesPerSeries()).read(in, points);
    }
}
