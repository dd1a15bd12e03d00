package se.lofteskollen.command.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline's milestone, made from its sentence: what is to be done, without who does it, when, or why.
 * "Kommunen ska under våren genomföra en förstudie av ..., med målet att ..." becomes "Genomföra en förstudie av
 * ..."; "Under våren kommer polisanmälningar att kunna importeras i systemet" becomes "Polisanmälningar kan
 * importeras i systemet". A coordinator may well word it better; this is where the draft starts.
 */
final class Milestones {

    /** A milestone is stored as a title (at most 300 characters); one that reads as a name is much shorter. */
    static final int LONGEST = 150;

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    /** Why it is done, or how it goes on, is not part of what is done. */
    private static final Pattern PURPOSE = Words.pattern(
            ",|\\s(?:i syfte|med (?:det långsiktiga )?målet|för att|och därigenom|så att)\\s");
    private static final Pattern SHALL = Words.pattern("^.*?\\bska\\s+(?:även\\s+|också\\s+|fortsatt\\s+)?(?<rest>.+)$");
    private static final Pattern WILL_BE_ABLE = Words.pattern(
            "^(?:kommer\\s+(?<subject>.+?)\\s+att|(?<subject2>.+?)\\s+kommer\\s+att)\\s+kunna\\s+(?<rest>.+)$");
    private static final Pattern WILL = Words.pattern("^.*?\\bkommer\\s+(?:.+?\\s+)?att\\s+(?<rest>.+)$");

    private Milestones() {
    }

    /** The milestone of the deadline phrase at {@code start..end} of {@code sentence}. */
    static String from(String sentence, int start, int end) {
        String words = (sentence.substring(0, start) + " " + sentence.substring(end)).replaceAll("\\s+", " ").trim();
        words = PARENTHESIS.matcher(words).replaceAll("");
        Matcher purpose = PURPOSE.matcher(words);
        if (purpose.find() && purpose.start() > 0) {
            words = words.substring(0, purpose.start());
        }
        words = words.replaceAll("[.!?;:\\s]+$", "").trim();
        words = predicate(words);
        if (words.isBlank()) {
            return "Åtagandet genomfört";
        }
        if (words.length() > LONGEST) {
            int cut = words.lastIndexOf(' ', LONGEST - 1);
            words = words.substring(0, cut > 0 ? cut : LONGEST - 1) + "…";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String predicate(String words) {
        Matcher able = WILL_BE_ABLE.matcher(words);
        if (able.matches()) {
            String subject = able.group("subject") != null ? able.group("subject") : able.group("subject2");
            return subject + " kan " + able.group("rest");
        }
        Matcher shall = SHALL.matcher(words);
        if (shall.matches()) {
            return shall.group("rest");
        }
        Matcher will = WILL.matcher(words);
        if (will.matches()) {
            return will.group("rest");
        }
        return words;
    }
}
