package se.lofteskollen.events.text;

/**
 * A text refused by {@link Text}: the field it came in (as the client names it, e.g. {@code place.name}), why,
 * in English for API clients and in Swedish for the people who wrote it.
 */
public final class TextRefused extends IllegalArgumentException {

    public enum Reason {
        CONTROL_CHARACTER,
        BROKEN_UNICODE,
        TOO_LONG,
        PERSONAL_IDENTITY_NUMBER,
        PHONE_NUMBER,
        EMAIL_ADDRESS;

        /** Personal data of citizens, refused by the privacy guard rather than by the shape of the text. */
        public boolean personalData() {
            return this == PERSONAL_IDENTITY_NUMBER || this == PHONE_NUMBER || this == EMAIL_ADDRESS;
        }
    }

    private static final String NEVER_STORED = " Löfteskollen sparar aldrig personuppgifter om invånare, "
            + "och det som sparas kan inte tas bort. Ta bort uppgiften och skicka igen.";

    private final String field;
    private final Reason reason;
    private final int max;

    public TextRefused(String field, Reason reason, int max) {
        super(english(reason, max));
        this.field = field;
        this.reason = reason;
        this.max = max;
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    public int max() {
        return max;
    }

    /** What the writer is told, in Swedish. */
    public String swedish() {
        return switch (reason) {
            case CONTROL_CHARACTER -> "Texten innehåller ett otillåtet styrtecken. Skriv om texten utan det.";
            case BROKEN_UNICODE -> "Texten innehåller ogiltiga tecken. Skriv om texten.";
            case TOO_LONG -> "Högst " + max + " tecken.";
            case PERSONAL_IDENTITY_NUMBER -> "Texten ser ut att innehålla ett personnummer eller samordningsnummer."
                    + NEVER_STORED;
            case PHONE_NUMBER -> "Texten ser ut att innehålla ett telefonnummer." + NEVER_STORED;
            case EMAIL_ADDRESS -> "Texten ser ut att innehålla en e-postadress." + NEVER_STORED;
        };
    }

    private static String english(Reason reason, int max) {
        return switch (reason) {
            case CONTROL_CHARACTER -> "holds a control character";
            case BROKEN_UNICODE -> "holds a broken surrogate pair or a non-character (not valid Unicode text)";
            case TOO_LONG -> "is longer than " + max + " characters";
            // Personal data: the Swedish answer is the one the people writing it read, so the API gives it too.
            case PERSONAL_IDENTITY_NUMBER -> "holds a personal identity number (personnummer or samordningsnummer)";
            case PHONE_NUMBER -> "holds a phone number";
            case EMAIL_ADDRESS -> "holds an e-mail address";
        };
    }

    /** The English reason, followed for personal data by the Swedish answer. */
    public String forApi() {
        return reason.personalData() ? getMessage() + " — " + swedish() : getMessage();
    }
}
