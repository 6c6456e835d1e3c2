package io.tributary.files;

import java.time.LocalDate;

/**
 * Apple export dates ({@code 2026-03-01 08:00:00 +0100}) parsed without allocation: the last date's epoch day is
 * cached, since records come in time order and millions share a few thousand dates. One instance per reader (the
 * result is in its fields).
 */
final class AppleDates {
    /** The last parsed instant (epoch ms) and its offset (seconds). */
    long millis;

    int offset;
    private String lastDatePrefix;
    private long lastEpochDay;

    /** The {@code yyyy-MM-dd} of the last date parsed. */
    String lastDatePrefix() {
        return lastDatePrefix;
    }

    /** Sets the current instant (after a look-ahead parse). */
    void set(long millis, int offset) {
        this.millis = millis;
        this.offset = offset;
    }

    /** Parses {@code yyyy-MM-dd HH:mm:ss ±hhmm} into {@link #millis}/{@link #offset}; false when unreadable. */
    boolean parse(String s) {
        if (s == null || s.length() < 19) {
            return false;
        }
        try {
            String prefix = s.substring(0, 10);
            long epochDay;
            if (prefix.equals(lastDatePrefix)) {
                epochDay = lastEpochDay;
            } else {
                epochDay =
                        LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10)).toEpochDay();
                lastDatePrefix = prefix;
                lastEpochDay = epochDay;
            }
            int secs = num(s, 11, 13) * 3600 + num(s, 14, 16) * 60 + num(s, 17, 19);
            int off = 0;
            int i = 19;
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i < s.length()) {
                char sign = s.charAt(i);
                if (sign == 'Z') {
                    off = 0;
                } else if ((sign == '+' || sign == '-') && s.length() >= i + 5) {
                    int hh = num(s, i + 1, i + 3);
                    int mm = s.charAt(i + 3) == ':' ? num(s, i + 4, i + 6) : num(s, i + 3, i + 5);
                    off = (hh * 3600 + mm * 60) * (sign == '-' ? -1 : 1);
                }
            }
            if (Math.abs(off) > 18 * 3600) {
                return false;
            }
            offset = off;
            millis = (epochDay * 86400L + secs - off) * 1000L;
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
