package se.lofteskollen.platform.security;

/**
 * Makes text from a request safe inside one log line: a client must not be able to end the line and
 * forge another one (CR, LF, other control characters, Unicode line separators), nor flood the log.
 */
public final class LogText {

    static final int MAX_LENGTH = 200;

    private LogText() {
    }

    /** The value quoted, with quotes, backslashes and control characters escaped; {@code -} when absent. */
    public static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder safe = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 2).append('"');
        int length = Math.min(value.length(), MAX_LENGTH);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\r' -> safe.append("\\r");
                case '\n' -> safe.append("\\n");
                case '\t' -> safe.append("\\t");
                case '"' -> safe.append("\\\"");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        safe.append(String.format("\\u%04x", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        if (value.length() > MAX_LENGTH) {
            safe.append("...");
        }
        return safe.append('"').toString();
    }
}
