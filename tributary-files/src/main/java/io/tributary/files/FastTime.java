package io.tributary.files;

import io.tributary.model.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Terra timestamps ({@code yyyy-MM-ddTHH:mm:ss.SSSSSS±hh:mm}) without DateTimeFormatter, for sample-heavy files. The
 * date prefix and offset suffix of the last call are cached per thread.
 */
final class FastTime {
    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    private static final class Cache {
        long day = Long.MIN_VALUE;
        int offset = Integer.MIN_VALUE;
        String prefix;
        String suffix;
    }

    private FastTime() {}

    static String format(Instant t, ZoneOffset offset) {
        int off = offset.getTotalSeconds();
        long local = t.getEpochSecond() + off;
        long day = Math.floorDiv(local, 86400L);
        int secOfDay = (int) Math.floorMod(local, 86400L);
        Cache c = CACHE.get();
        if (c.day != day || c.offset != off) {
            LocalDate d = LocalDate.ofEpochDay(day);
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                return Timestamps.format(t, offset);
            }
            StringBuilder p = new StringBuilder(11);
            p.append(d.getYear()).append('-');
            two(p, d.getMonthValue());
            p.append('-');
            two(p, d.getDayOfMonth());
            p.append('T');
            c.prefix = p.toString();
            StringBuilder s = new StringBuilder(6);
            s.append(off < 0 ? '-' : '+');
            int abs = Math.abs(off);
            two(s, abs / 3600);
            s.append(':');
            two(s, (abs / 60) % 60);
            c.suffix = s.toString();
            c.day = day;
            c.offset = off;
        }
        char[] out = new char[32];
        c.prefix.getChars(0, 11, out, 0);
        put2(out, 11, secOfDay / 3600);
        out[13] = ':';
        put2(out, 14, (secOfDay / 60) % 60);
        out[16] = ':';
        put2(out, 17, secOfDay % 60);
        out[19] = '.';
        int micros = t.getNano() / 1000;
        for (int i = 25; i >= 20; i--) {
            out[i] = (char) ('0' + micros % 10);
            micros /= 10;
        }
        c.suffix.getChars(0, 6, out, 26);
        return new String(out);
    }

    private static void put2(char[] out, int at, int v) {
        out[at] = (char) ('0' + v / 10);
        out[at + 1] = (char) ('0' + v % 10);
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
