package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.model.Activity;
import io.tributary.model.enums.ActivityType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming GPX reader: multi-track files, extensions, points with values missing, GPX 1.0. */
class GpxStreamingTest {
    @TempDir
    java.nio.file.Path dir;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"t\""
            + " xmlns=\"http://www.topografix.com/GPX/1/1\""
            + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\">";

    private Activity parse(String gpx) {
        return Fixtures.only(Fixtures.parse(dir, "t.gpx", gpx), Activity.class);
    }

    @Test
    void severalTracksBecomeOneActivityWithPausesBetweenTheirSegments() {
        Activity a = parse(HEAD + "<metadata><name>From metadata</name></metadata>"
                + "<trk><trkseg>"
                + "<trkpt lat=\"46.5\" lon=\"7.5\"><time>2024-06-01T08:00:00+02:00</time></trkpt>"
                + "<trkpt lat=\"46.501\" lon=\"7.5\"><time>2024-06-01T08:00:20+02:00</time></trkpt>"
                + "</trkseg></trk>"
                + "<trk><name>Second</name><type>running</type><trkseg></trkseg><trkseg>"
                + "<trkpt lat=\"46.502\" lon=\"7.5\"><time>2024-06-01T06:05:00Z</time></trkpt>"
                + "<trkpt lat=\"46.503\" lon=\"7.5\"><time>2024-06-01T06:05:30Z</time></trkpt>"
                + "</trkseg></trk></gpx>");
        // the first track has no name or type: the second's are used; the empty segment changes nothing
        assertThat(a.metadata().name()).isEqualTo("Second");
        assertThat(a.metadata().type()).isEqualTo(ActivityType.RUNNING.value());
        assertThat(a.metadata().startTime()).isEqualTo("2024-06-01T06:00:00.000000+00:00");
        assertThat(a.metadata().endTime()).isEqualTo("2024-06-01T06:05:30.000000+00:00");
        assertThat(a.activeDurationsData().restSeconds()).isEqualTo(280.0);
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(50.0);
        assertThat(a.positionData().positionSamples()).hasSize(4);
    }

    @Test
    void garminTrackPointExtensionV2AndPowerAtAnyPrefix() {
        Activity a = parse(HEAD + "<trk><trkseg>"
                + "<trkpt lat=\"1\" lon=\"2\"><ele>10.12345</ele><time>2024-01-01T10:00:00Z</time><extensions>"
                + "<ns3:TrackPointExtension><ns3:atemp>20</ns3:atemp><ns3:hr>100</ns3:hr><ns3:cad>80</ns3:cad>"
                + "<ns3:speed>3.5</ns3:speed></ns3:TrackPointExtension><power>200</power></extensions></trkpt>"
                + "<trkpt lat=\"1.001\" lon=\"2\"><ele>11</ele><time>2024-01-01T10:00:10Z</time><extensions>"
                + "<x:TrackPointExtension xmlns:x=\"urn:other\"><x:hr> 110 </x:hr><x:cad>n/a</x:cad></x:TrackPointExtension>"
                + "<pwr:PowerInWatts xmlns:pwr=\"urn:p\">260</pwr:PowerInWatts></extensions></trkpt>"
                + "</trkseg></trk></gpx>");
        assertThat(a.heartRateData().detailed().hrSamples())
                .extracting(s -> s.bpm())
                .containsExactly(100.0, 110.0);
        assertThat(a.movementData().cadenceSamples())
                .extracting(s -> s.cadenceRpm())
                .containsExactly(80.0);
        assertThat(a.movementData().speedSamples())
                .extracting(s -> s.speedMetersPerSecond())
                .containsExactly(3.5);
        assertThat(a.powerData().powerSamples()).extracting(s -> s.watts()).containsExactly(200.0, 260.0);
        assertThat(a.distanceData().detailed().elevationSamples())
                .extracting(s -> s.elevMeters())
                .containsExactly(10.123, 11.0);
        assertThat(a.distanceData().summary().elevation().gainActualMeters()).isEqualTo(0.877);
    }

    @Test
    void pointsWithoutTimeOrValidPositionAreSkippedAndMissingValuesStayMissing() {
        Activity a = parse(HEAD + "<trk><trkseg>"
                + "<trkpt lat=\"1\" lon=\"2\"><time>2024-01-01T10:00:00.250Z</time></trkpt>"
                + "<trkpt lat=\"1.001\" lon=\"2\"><ele>5</ele></trkpt>"
                + "<trkpt lat=\"95\" lon=\"2\"><time>2024-01-01T10:00:05Z</time></trkpt>"
                + "<trkpt lon=\"2\"><time>2024-01-01T10:00:06Z</time></trkpt>"
                + "<trkpt lat=\"1.002\" lon=\"2\"><ele>7</ele><time>not a time</time></trkpt>"
                + "<trkpt lat=\"1.003\" lon=\"2\"><ele>8</ele><time>2024-01-01T10:00:10Z</time></trkpt>"
                + "</trkseg></trk></gpx>");
        assertThat(a.positionData().positionSamples()).hasSize(2);
        assertThat(a.metadata().startTime()).isEqualTo("2024-01-01T10:00:00.250000+00:00");
        assertThat(a.distanceData().detailed().elevationSamples()).hasSize(1);
        assertThat(a.heartRateData().detailed().hrSamples()).isNull();
        assertThat(a.powerData()).isNull();
        assertThat(a.activeDurationsData().activitySeconds()).isEqualTo(9.75);
    }

    @Test
    void gpx10SpeedAndRootName() {
        Activity a = parse("<?xml version=\"1.0\"?><gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\">"
                + "<name>Old style</name><trk><type>9</type><trkseg>"
                + "<trkpt lat=\"10\" lon=\"20\"><time>2023-02-01T10:00:00Z</time><speed>2.5</speed></trkpt>"
                + "<trkpt lat=\"10.001\" lon=\"20\"><time>2023-02-01T10:00:05Z</time><speed>2.7</speed></trkpt>"
                + "</trkseg></trk></gpx>");
        assertThat(a.metadata().name()).isEqualTo("Old style");
        assertThat(a.metadata().type()).isEqualTo(ActivityType.RUNNING.value());
        assertThat(a.movementData().speedSamples())
                .extracting(s -> s.speedMetersPerSecond())
                .containsExactly(2.5, 2.7);
        assertThat(a.movementData().maxSpeedMetersPerSecond()).isEqualTo(2.7);
    }

    @Test
    void waypointsAndRoutesAreNotAnActivity() {
        assertThatThrownBy(() -> parse(HEAD + "<wpt lat=\"1\" lon=\"1\"><time>2024-01-01T00:00:00Z</time></wpt>"
                        + "<rte><rtept lat=\"1\" lon=\"1\"><time>2024-01-01T00:00:00Z</time></rtept></rte></gpx>"))
                .isInstanceOf(FileParseException.class)
                .hasMessageContaining("no track points with a time");
    }

    @Test
    void anEntityInsideATrackIsRefusedBeforeAnythingIsEmitted() {
        // the single pass refuses what the separate check used to: a DOCTYPE even after valid points
        String gpx = "<?xml version=\"1.0\"?><!DOCTYPE gpx><gpx version=\"1.1\"><trk><trkseg>"
                + "<trkpt lat=\"1\" lon=\"1\"><time>2024-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>";
        List<Object> emitted = new java.util.ArrayList<>();
        assertThatThrownBy(() -> Fixtures.parse(dir, "x.gpx", gpx).forEach(emitted::add))
                .isInstanceOf(FileParseException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(emitted).isEmpty();
    }

    @Test
    void unorderedPointsAreSortedStably() {
        TrackPoints points = new TrackPoints();
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 10_000; i++) {
            ActivityAssembler.Point p = new ActivityAssembler.Point();
            p.time = t0.plusSeconds((i * 7919L) % 5000); // every second twice, out of order
            p.hr = (double) i;
            points.add(p);
        }
        points.sortByTime();
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.epochMilli(i)).isGreaterThanOrEqualTo(points.epochMilli(i - 1));
            if (points.epochMilli(i) == points.epochMilli(i - 1)) {
                assertThat(points.value(i, TrackPoints.HR)).isGreaterThan(points.value(i - 1, TrackPoints.HR));
            }
        }
        assertThat(points.get(0).hr).isEqualTo(0.0);
        assertThat(points.get(0).power).isNull();
    }
}
