package io.tributary.files;

import io.tributary.model.TerraDataModel;
import io.tributary.model.enums.ActivityType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * GPX 1.0/1.1 tracks → one Activity, read as a stream (StAX, one pass, no document in memory: a 45 MB GPX imports
 * in a 256 MB heap, issue 24). Garmin {@code TrackPointExtension} v1/v2 ({@code hr}, {@code cad}, {@code atemp},
 * {@code speed}) and the common {@code power}/{@code PowerInWatts} extensions are read at any depth inside
 * {@code <extensions>}; distance is the haversine length of the track, elevation gain/loss the sum of climbs and
 * descents between points. Gaps between track segments count as pauses. Track points without a time, or without a
 * valid position, are skipped. The same reader takes the workout routes of Apple Health exports ({@link RouteReader}).
 *
 * <p>Safety (docs/files.md, Safety): DTD processing and external entities are off in {@link SafeXml}; a DOCTYPE, an
 * entity reference or nesting deeper than {@link ParseLimits#maxXmlDepth()} fails the file. Nothing is emitted
 * before the whole document has been read, so a file that turns out to be broken stores nothing.
 */
public final class GpxParser {
    private final ParseLimits limits;

    public GpxParser(ParseLimits limits) {
        this.limits = limits;
    }

    public int parse(Path file, Consumer<TerraDataModel> sink) {
        ActivityAssembler a = new ActivityAssembler(limits.maxSamplesPerSeries());
        GpxTrackReader.Track track;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            track = new GpxTrackReader(FileFormat.GPX, limits.maxXmlDepth(), true, Integer.MAX_VALUE)
                    .read(in, a.points);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (a.points.isEmpty()) {
            throw new FileParseException(
                    FileFormat.GPX,
                    "the GPX file has no track points with a time; routes and waypoints are not activities");
        }
        a.pauses.addAll(track.pauses());
        a.name = track.trackName() != null ? track.trackName() : track.metadataName();
        a.type = track.type() == null
                ? ActivityType.OTHER.value()
                : typeOf(track.type()).value();
        sink.accept(a.build());
        return 1;
    }

    static ActivityType typeOf(String type) {
        String t = type.trim();
        // Strava writes numeric types in some exports (1 ride, 9 run, 10 walk, 4 hike)
        return switch (t) {
            case "1" -> ActivityType.BIKING;
            case "9" -> ActivityType.RUNNING;
            case "10" -> ActivityType.WALKING;
            case "4" -> ActivityType.HIKING;
            default -> ActivityTypes.of(t, ActivityType.OTHER);
        };
    }

    static Double num(String s) {
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
