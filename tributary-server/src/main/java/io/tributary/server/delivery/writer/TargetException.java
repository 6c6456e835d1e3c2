package io.tributary.server.delivery.writer;

/**
 * A write or ping that did not succeed. {@code retryable} is false only when retrying cannot help (the
 * configuration is wrong in a way the target told us, e.g. access denied or a missing bucket); the
 * delivery pipeline still records and may retry it, but it can disable the destination or tell the
 * developer.
 */
public class TargetException extends RuntimeException {
    private final boolean retryable;

    public TargetException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public TargetException(String message, Throwable cause) {
        this(message, true, cause);
    }

    public TargetException(String message) {
        this(message, true, null);
    }

    public boolean retryable() {
        return retryable;
    }

    private static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

    /** A one-line description of a failure for attempt history: the message chain without stack traces. */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Throwable c = t;
        int depth = 0;
        while (c != null && depth < 4) {
            String m = c.getMessage();
            // drivers put nested exceptions' class names into messages: keep the words, drop the Java names
            if (m != null) m = JAVA_NAME.matcher(m).replaceAll("");
            if (m != null && !m.isBlank() && (sb.indexOf(m) < 0)) {
                if (!sb.isEmpty()) sb.append(": ");
                sb.append(m.strip());
            }
            c = c.getCause() == c ? null : c.getCause();
            depth++;
        }
        String s = sb.isEmpty() ? t.getClass().getSimpleName() : sb.toString();
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
