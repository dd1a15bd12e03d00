package se.lofteskollen.events;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an organisation is named wherever the services meet one: in a token's claim (after the issuer's mapping), in
 * an event's metadata and in a promise's parties ({@link se.lofteskollen.events.promise.PromiseParty#organisation()}).
 * A code such as {@code LPO_VIMMERBY} or {@code HULTSFREDS_KOMMUN}, in upper case: the name people read is the
 * promise's name for the party the organisation acts as. The codes {@code POLICE} and {@code MUNICIPALITY} are
 * the organisations of promises created before promises named theirs (Västervik's, in the default data).
 */
public final class Organisations {

    public static final int MAX_LENGTH = 60;
    /** For request validation; a code as {@link #code} accepts it, after trimming and upper-casing. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}";
    public static final String RULE = "an organisation code: up to 60 letters A-Z, digits, '_', '.' or '-'";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,59}");

    private Organisations() {
    }

    /** The code {@code value} names ({@code lpo_vimmerby} names {@code LPO_VIMMERBY}), or none if it names none. */
    public static Optional<String> code(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
