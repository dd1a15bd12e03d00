package se.lofteskollen.command.draft;

import java.util.regex.Pattern;

/** Patterns over Swedish words: any case, and "å", "ä", "ö" counted as letters of a word, as they are. */
final class Words {

    private Words() {
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Case as written: for names, which start with a capital. */
    static Pattern exact(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** An acronym in capitals only ("SIG", never the pronoun "sig"), or its words written out in any case. */
    static Pattern acronym(String acronym, String writtenOut) {
        return Pattern.compile("\\b" + Pattern.quote(acronym) + "\\b|(?iu:" + Pattern.quote(writtenOut) + ")",
                Pattern.UNICODE_CHARACTER_CLASS);
    }
}
