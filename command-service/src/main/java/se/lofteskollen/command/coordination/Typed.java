package se.lofteskollen.command.coordination;

import se.lofteskollen.command.draft.page.CommitmentFormWords;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What was typed into a form, read: the forms take text only, so that a day or a number that cannot be read is told
 * by its field instead of failing the binding. A blank field is absent; the request's own constraints then
 * say whether it may be.
 */
final class Typed {

    private Typed() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    static LocalDate day(String text, String field, Map<String, String> unread, CommitmentFormWords words) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            unread.put(field, words.say("coordination.unread.day"));
            return null;
        }
    }

    static Integer number(String text, String field, Map<String, String> unread, CommitmentFormWords words) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            unread.put(field, words.say("coordination.unread.number"));
            return null;
        }
    }
}
