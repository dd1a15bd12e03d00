package se.lofteskollen.platform.observability;

import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;

/**
 * The names under which a request's or a message's context stands in the log (SLF4J's MDC), and so in every
 * structured log line: which request or command chain, whose, about which promise or commitment.
 */
public final class LogContext {

    public static final String CORRELATION_ID = "correlationId";
    public static final String USER = "user";
    public static final String PROMISE = "promise";
    public static final String COMMITMENT = "commitment";

    private LogContext() {
    }

    /** Puts {@code values} (those not null) in the MDC; the returned handle restores what stood there before. */
    static Restore put(Map<String, String> values) {
        Map<String, String> before = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                before.put(key, MDC.get(key));
                MDC.put(key, value);
            }
        });
        return () -> before.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }

    interface Restore extends AutoCloseable {
        @Override
        void close();
    }
}
