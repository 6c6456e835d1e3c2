package io.tributary.files;

import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.DeviceData;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Garmin FIT files (activity, monitoring, sleep, weight scale) read with Garmin's FIT SDK.
 *
 * <ul>
 *   <li>{@code session} (+ {@code lap}, {@code record}, {@code event}, {@code hr}, {@code hrv}, {@code length}) →
 *       one {@link Activity} per session;
 *   <li>{@code monitoring} → one {@link Daily} per local day;
 *   <li>{@code sleep_level} (+ {@code sleep_assessment}) → {@link Sleep};
 *   <li>{@code weight_scale} → one {@link Body} per day.
 * </ul>
 *
 * Times are written with the device's UTC offset when the file carries a local timestamp ({@code activity},
 * {@code monitoring_info}), otherwise in UTC. {@code upload_type} is Manual (2). The pieces: {@link FitDecoder}
 * (validation and decoding) fills {@link FitMessages}; {@link FitActivities}, {@link FitDailies}, {@link FitSleeps} and
 * {@link FitBodies} map one message family each ({@link FitRecords}: the per-sample messages of an activity).
 */
public final class FitParser {
    private final ParseLimits limits;

    public FitParser(ParseLimits limits) {
        this.limits = limits;
    }

    /** Validates and decodes {@code bytes}, handing every record to {@code sink}; returns how many were emitted. */
    public int parse(byte[] bytes, Consumer<TerraDataModel> sink) {
        FitMessages s = new FitMessages();
        FitDecoder.decode(bytes, limits, s::accept);
        return map(s, sink);
    }

    int map(FitMessages s, Consumer<TerraDataModel> sink) {
        int n = 0;
        DeviceData device = FitValues.device(s);
        if (!s.sessions.isEmpty() || !s.records.isEmpty()) {
            n += new FitActivities(limits).map(s, device, sink);
        }
        if (!s.monitoring.isEmpty()) {
            n += new FitDailies().map(s, device, sink);
        }
        if (!s.sleepLevels.isEmpty()) {
            n += new FitSleeps().map(s, device, sink);
        }
        if (!s.weights.isEmpty()) {
            n += new FitBodies().map(s, device, sink);
        }
        if (n == 0) {
            String type = s.fileId == null || s.fileId.getType() == null
                    ? "unknown"
                    : s.fileId.getType().name().toLowerCase(Locale.ROOT);
            throw new FileParseException(
                    FileFormat.FIT,
                    "the FIT file (type " + type + ") holds no activity session, records, monitoring, sleep or weight"
                            + " data");
        }
        return n;
    }
}
