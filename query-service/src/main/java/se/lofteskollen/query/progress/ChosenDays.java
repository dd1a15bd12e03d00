package se.lofteskollen.query.progress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A day a reader chose in a page's form to narrow what it shows. One that cannot be read is not used, and the page
 * says so in the reader's words rather than failing: the rest of what was asked still holds.
 */
public final class ChosenDays {

    private ChosenDays() {
    }

    /** The day written in {@code text} (ÅÅÅÅ-MM-DD), or null when none was chosen or it cannot be read (then told in {@code problems}). */
    public static LocalDate read(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            problems.add(Wording.say("staff.unreadableDay", text));
            return null;
        }
    }
}
