package se.lofteskollen.query.deadlines;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.pages.PageLanguage;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.MilestoneNames;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.TargetProgress;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.web.NotFound;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A signed promise's deadlines as an iCalendar feed (RFC 5545) that staff subscribe to from their calendar: one
 * all-day event per milestone of a commitment in force, on the day it is due, marked when it was reached. Calendar
 * programs cannot sign in, and a signed promise's deadlines are on its public page anyway; an unsigned promise's
 * feed does not exist. Its words are Swedish, or English for a calendar that asks for it (Accept-Language, ?lang=en).
 */
@Component
class DeadlineCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ProgressService progress;
    private final Clock clock;
    private final MessageSource messages;

    DeadlineCalendar(ProgressService progress, Clock clock, MessageSource messages) {
        this.progress = progress;
        this.clock = clock;
        this.messages = messages;
    }

    String of(String promiseId) {
        PromiseView promise = progress.promise(promiseId);
        if (promise.getSignedOn() == null) {
            throw new NotFound("no signed promise " + promiseId);
        }
        PromiseProgress today = progress.ofPromise(promiseId, null, null);
        Locale language = PageLanguage.nearest(LocaleContextHolder.getLocale());
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//Löfteskollen//Deadlines//" + language.getLanguage().toUpperCase(Locale.ROOT),
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                "X-WR-CALNAME:" + text(words(language, "calendar.name", promise.getTitle()))));
        String stamp = STAMP.format(clock.instant());
        for (PromiseProgress.Area area : today.areas()) {
            for (CommitmentProgress commitment : area.commitments()) {
                if (commitment.withdrawn()) {
                    continue;
                }
                for (TargetProgress target : commitment.targets()) {
                    if (target.target() instanceof Target.Deadline deadline) {
                        lines.addAll(event(commitment, deadline, target, stamp, language));
                    }
                }
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder calendar = new StringBuilder();
        lines.forEach(line -> calendar.append(folded(line)).append("\r\n"));
        return calendar.toString();
    }

    private List<String> event(CommitmentProgress commitment, Target.Deadline deadline, TargetProgress target,
                               String stamp, Locale language) {
        String summary = commitment.code() + " " + MilestoneNames.shown(deadline.milestone(), language);
        if (target.reachedOn() != null) {
            summary = words(language, "calendar.reached", target.reachedOn().toString(), summary);
        }
        return List.of("BEGIN:VEVENT",
                // Stable across requests, so a calendar updates the event rather than adding another.
                "UID:" + UUID.nameUUIDFromBytes((commitment.commitmentId() + "\n" + deadline.milestone())
                        .getBytes(StandardCharsets.UTF_8)) + "@lofteskollen",
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + DAY.format(deadline.dueOn()),
                "DTEND;VALUE=DATE:" + DAY.format(deadline.dueOn().plusDays(1)),
                "SUMMARY:" + text(summary),
                "DESCRIPTION:" + text(commitment.text()),
                "TRANSP:TRANSPARENT",
                "END:VEVENT");
    }

    private String words(Locale language, String key, String... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
    static String folded(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
