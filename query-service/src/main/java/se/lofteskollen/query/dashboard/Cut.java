package se.lofteskollen.query.dashboard;

import se.lofteskollen.query.progress.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the dashboard cuts the history: the date judged (asOf) and the instant of knowledge (knownAt), as
 * typed into the page's pickers. A value that cannot be read is left out (the default applies) and said so in
 * the reader's language, rather than answering the page with an error.
 *
 * @param asOf     null for today
 * @param knownAt  null for now
 * @param problems what could not be read, in the reader's language
 */
record Cut(LocalDate asOf, Instant knownAt, List<String> problems) {

    /**
     * @param knownAt a date and time in Swedish time as a datetime-local picker sends it (2025-06-30T23:59), or an
     *                ISO-8601 instant (2025-06-30T21:59:59Z) as the API takes it
     */
    static Cut parse(String asOf, String knownAt, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                problems.add(Wording.say("cut.unreadableDay", asOf));
            }
        }
        Instant instant = null;
        if (knownAt != null && !knownAt.isBlank()) {
            try {
                instant = knownAt.trim().endsWith("Z") || knownAt.contains("+")
                        ? Instant.parse(knownAt.trim())
                        : LocalDateTime.parse(knownAt.trim().replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(Wording.say("cut.unreadableTime", knownAt));
            }
        }
        return new Cut(day, instant, List.copyOf(problems));
    }
}
