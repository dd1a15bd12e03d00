package se.lofteskollen.events.text;

import java.text.Normalizer;

/**
 * The one check every string passes before it can reach an event, whichever way it came in (an API body, the
 * report form, a token's claims): it must be valid Unicode without control characters, no longer than the read
 * models store it, and it is stored in NFC, so that "é" typed in two ways is one text. An event is kept for
 * ever and every read model must take it; a value the read models cannot store would stop the query side.
 * <p>
 * A <em>line</em> is one line (names, titles, ids, claims). A <em>free text</em> (notes, reasons, measures) may
 * also hold newlines and tabs, and passes the {@link PrivacyGuard}: free text is where someone could write about a
 * citizen. A refusal is a {@link TextRefused} naming the field.
 */
public final class Text {

    /** Ids of promises, commitments and reports: {@code VARCHAR(100)} in every read model. */
    public static final int ID = 100;
    /** A commitment's code ({@code 6.2}): {@code commitment_view.code VARCHAR(20)}. */
    public static final int CODE = 20;
    /** A user id in the audit: {@code user_id VARCHAR(100)}. */
    public static final int USER_ID = 100;
    /** An integration's client id in the audit: {@code audit_entry.client VARCHAR(40)}. */
    public static final int CLIENT = 40;
    /** A person's display name, a place, an area, a signatory's name or title. */
    public static final int NAME = 200;
    /** A promise's title or a milestone. */
    public static final int TITLE = 300;
    /** The basis of a baseline. */
    public static final int BASIS = 500;
    /** Why something was revised, withdrawn or retracted. */
    public static final int REASON = 2000;
    /** A commitment's text, notes, measures, a problem picture, a status note. */
    public static final int NOTE = 4000;
    /** The closing summary of a promise year. */
    public static final int SUMMARY = 10_000;

    private Text() {
    }

    /** One line: no control character at all. {@code null} stays {@code null} (whether a value is required is the caller's rule). */
    public static String line(String field, String value, int max) {
        return checked(field, value, max, false);
    }

    /** Free text: newlines and tabs allowed (a CR LF from a browser becomes LF), and no personal data. */
    public static String free(String field, String value, int max) {
        String text = checked(field, value, max, true);
        PrivacyGuard.check(field, text);
        return text;
    }

    private static String checked(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        String text = multiline ? value.replace("\r\n", "\n") : value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw new TextRefused(field, TextRefused.Reason.BROKEN_UNICODE, max);
            } else if (isControl(c) && !(multiline && (c == '\n' || c == '\t'))) {
                throw new TextRefused(field, TextRefused.Reason.CONTROL_CHARACTER, max);
            }
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        // PostgreSQL's VARCHAR(n) counts characters (code points), not UTF-16 units.
        if (normalised.codePointCount(0, normalised.length()) > max) {
            throw new TextRefused(field, TextRefused.Reason.TOO_LONG, max);
        }
        return normalised;
    }

    /** C0, DEL and C1 controls, and the line and paragraph separators, which break a line as a newline does. */
    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
