package io.tributary.files;

import com.garmin.fit.DateTime;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.Manufacturer;
import io.tributary.model.nested.DeviceData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** FIT values as Terra wants them: times (FIT epoch, local offset) and the device of a file. */
final class FitValues {
    static final Instant FIT_EPOCH = Instant.parse("1989-12-31T00:00:00Z");

    private FitValues() {}

    static Instant instant(DateTime t) {
        if (t == null) {
            return null;
        }
        return FIT_EPOCH.plusSeconds(t.getTimestamp()).plusMillis(Math.round(t.getFractionalTimestamp() * 1000));
    }

    /** The UTC offset from a local timestamp (seconds since the FIT epoch, local time), rounded to 15 minutes. */
    static ZoneOffset offset(Long localTimestamp, DateTime utc) {
        if (localTimestamp == null || utc == null) {
            return null;
        }
        long diff = localTimestamp - utc.getTimestamp();
        long q = Math.round(diff / 900.0) * 900;
        if (Math.abs(q) > 18 * 3600) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds((int) q);
    }

    static DeviceData device(FitMessages s) {
        if (s.fileId == null) {
            return null;
        }
        Integer manufacturer = s.fileId.getManufacturer();
        String man = manufacturer == null ? null : Manufacturer.getStringFromValue(manufacturer);
        String product = s.fileId.getProductName();
        if (product == null
                && s.fileId.getGarminProduct() != null
                && manufacturer != null
                && manufacturer == Manufacturer.GARMIN) {
            product = GarminProduct.getStringFromValue(s.fileId.getGarminProduct());
        }
        String software = null;
        for (DeviceInfoMesg d : s.devices) {
            Short idx = d.getDeviceIndex();
            if ((idx == null || idx == 0) && d.getSoftwareVersion() != null) {
                software = String.valueOf(d.getSoftwareVersion());
                break;
            }
        }
        if (man == null && product == null && s.fileId.getSerialNumber() == null) {
            return null;
        }
        return DeviceData.builder()
                .manufacturer(pretty(man))
                .name(product == null || product.isEmpty() ? null : pretty(product))
                .serialNumber(s.fileId.getSerialNumber() == null ? null : String.valueOf(s.fileId.getSerialNumber()))
                .softwareVersion(software)
                .build();
    }

    static String pretty(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String[] parts = s.toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        return b.toString();
    }
}
