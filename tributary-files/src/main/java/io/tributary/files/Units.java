package io.tributary.files;

/** Unit conversions for the unit strings Apple Health and Google Fit write. Unknown units are taken as the target. */
public final class Units {
    private Units() {}

    public static double meters(double v, String unit) {
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "km" -> v * 1000.0;
            case "mi" -> v * 1609.344;
            case "ft" -> v * 0.3048;
            case "yd" -> v * 0.9144;
            case "cm" -> v / 100.0;
            case "mm" -> v / 1000.0;
            case "in" -> v * 0.0254;
            default -> v;
        };
    }

    public static double kcal(double v, String unit) {
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "kJ" -> v / 4.184;
            case "J" -> v / 4184.0;
            case "cal" -> v / 1000.0;
            default -> v; // kcal, Cal
        };
    }

    public static double kilograms(double v, String unit) {
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "lb" -> v * 0.45359237;
            case "g" -> v / 1000.0;
            case "oz" -> v * 0.028349523125;
            case "st" -> v * 6.35029318;
            default -> v;
        };
    }

    public static double grams(double v, String unit) {
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "mg" -> v / 1000.0;
            case "mcg", "µg" -> v / 1_000_000.0;
            case "kg" -> v * 1000.0;
            case "oz" -> v * 28.349523125;
            case "lb" -> v * 453.59237;
            default -> v;
        };
    }

    public static double milliliters(double v, String unit) {
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "L" -> v * 1000.0;
            case "dL" -> v * 100.0;
            case "cL" -> v * 10.0;
            case "fl_oz_us" -> v * 29.5735295625;
            case "fl_oz_imp" -> v * 28.4130625;
            case "cup_us" -> v * 236.5882365;
            case "cup_imp" -> v * 284.130625;
            case "pt_us" -> v * 473.176473;
            default -> v;
        };
    }

    public static double minutes(double v, String unit) {
        if (unit == null) {
            return v;
        }
        return switch (unit) {
            case "s" -> v / 60.0;
            case "hr", "h" -> v * 60.0;
            case "d" -> v * 1440.0;
            default -> v;
        };
    }

    /** Apple stores percentages as fractions (unit "%", value 0.97). */
    public static double percent(double v, String unit) {
        return v <= 1.0 ? v * 100.0 : v;
    }

    public static double celsius(double v, String unit) {
        return "degF".equals(unit) ? (v - 32.0) * 5.0 / 9.0 : v;
    }

    /** mg/dL; {@code mmol<180.15588000005408>/L} carries the molar mass used to convert. */
    public static double mgPerDl(double v, String unit) {
        if (unit == null || unit.equals("mg/dL")) {
            return v;
        }
        if (unit.startsWith("mmol")) {
            double molar = 180.15588;
            int lt = unit.indexOf('<');
            int gt = unit.indexOf('>');
            if (lt >= 0 && gt > lt) {
                try {
                    molar = Double.parseDouble(unit.substring(lt + 1, gt));
                } catch (NumberFormatException ignored) {
                    // keep glucose
                }
            }
            return v * molar / 10.0;
        }
        return v;
    }

    /** A speed in m/s from Apple's unit: {@code m/s}, {@code km/hr}, {@code mi/hr}, {@code ft/s} and the like. */
    public static double metersPerSecond(double v, String unit) {
        int slash = unit == null ? -1 : unit.indexOf('/');
        if (slash < 0) {
            return v;
        }
        double seconds = minutes(1.0, unit.substring(slash + 1)) * 60.0;
        return meters(v, unit.substring(0, slash)) / seconds;
    }

    /** A rate per minute (breaths, revolutions, steps) from {@code count/min}, {@code count/s} or {@code Hz}. */
    public static double perMinute(double v, String unit) {
        return unit != null && (unit.equals("count/s") || unit.equals("Hz")) ? v * 60.0 : v;
    }

    /** A quantity string such as {@code "1234 cm"} or {@code "25 m"} in metres; null when unreadable. */
    public static Double quantityMeters(String s) {
        if (s == null) {
            return null;
        }
        String[] parts = s.trim().split("\\s+");
        Double v = GpxParser.num(parts[0]);
        if (v == null) {
            return null;
        }
        return meters(v, parts.length > 1 ? parts[1] : "m");
    }
}
