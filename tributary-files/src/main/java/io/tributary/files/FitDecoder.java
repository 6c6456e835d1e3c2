package io.tributary.files;

import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import java.io.ByteArrayInputStream;

/** Validates a FIT file (size, header and file CRC) and decodes it with Garmin's FIT SDK. */
final class FitDecoder {
    private FitDecoder() {}

    /** CRC/size validation plus decode into a list of messages (developer fields are kept but ignored). */
    static void decode(byte[] bytes, ParseLimits limits, com.garmin.fit.MesgListener listener) {
        if (bytes.length < 12 || !FileFormat.isFit(bytes)) {
            throw new FileParseException(
                    FileFormat.FIT, "not a FIT file: the 12/14-byte FIT header with '.FIT' is missing");
        }
        int headerSize = bytes[0] & 0xFF;
        long dataSize =
                (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        long expected = headerSize + dataSize + 2;
        if (bytes.length < expected) {
            throw new FileParseException(
                    FileFormat.FIT,
                    "the FIT file is truncated: its header declares " + expected + " bytes but only " + bytes.length
                            + " are present");
        }
        int fileCrc = (bytes[(int) expected - 2] & 0xFF) | (bytes[(int) expected - 1] & 0xFF) << 8;
        if (fileCrc != 0 && crc(bytes, 0, (int) expected - 2) != fileCrc) {
            throw new FileParseException(FileFormat.FIT, "the FIT file is corrupt: its CRC check failed");
        }
        if (headerSize == 14) {
            int headerCrc = (bytes[12] & 0xFF) | (bytes[13] & 0xFF) << 8;
            if (headerCrc != 0 && crc(bytes, 0, 12) != headerCrc) {
                throw new FileParseException(FileFormat.FIT, "the FIT file is corrupt: its header CRC check failed");
            }
        }
        Decode d = new Decode();
        try {
            d.read(new ByteArrayInputStream(bytes), listener);
        } catch (FitRuntimeException e) {
            throw new FileParseException(FileFormat.FIT, "the FIT file could not be decoded: " + e.getMessage(), e);
        }
    }

    private static final int[] CRC_TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01,
        0x8801, 0x4400
    };

    /** The FIT CRC-16 of {@code bytes[from, to)}. */
    static int crc(byte[] bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i];
            int tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[b & 0xF];
            tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[(b >> 4) & 0xF];
        }
        return crc;
    }
}
