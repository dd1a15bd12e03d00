package se.lofteskollen.command.draft;

import se.lofteskollen.events.Target;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the targets a commitment's words set, phrase by phrase, from a table of rules tried in order on each
 * sentence. Words one rule has read are not read again by a later one ("minst en gång i veckan" is a cadence,
 * not also a count). A commitment no rule finds anything in is ongoing: it has no target. What the service cannot
 * follow yet (a monthly rhythm) becomes a remark for the coordinator, never a target.
 */
final class TargetPhrases {

    /** A target read, what it was read as and the words it came from. */
    record TargetRead(Target target, String reading, String because) {
    }

    /** Something in the words the coordinator must decide on. */
    record Remark(String message, String because) {
    }

    record Reading(List<TargetRead> targets, List<Remark> remarks) {
    }

    private static final String NUMBER = "(?<n>\\d{1,3}(?:[ \u00a0]\\d{3})+|\\d+|\\w+(?:\\s+(?:hundra|tusen)\\w*)*)";
    private static final String MONTHS =
            "(?<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
    private static final String YEAR = "(?:\\s+(?<year>(?:19|20)\\d\\d))?";

    private interface Reader {
        /** Reads the matched words into the sentence's findings; false when they turn out to say nothing. */
        boolean read(Matcher words, Sentence sentence);
    }

    private record Rule(Pattern pattern, Reader reader) {
    }

    private static final List<Rule> RULES = List.of(
            // "minst fyra gånger per år", "minst hundra platsbesök på ett år", "minst 12 medborgardialoger"
            new Rule(Words.pattern("\\bminst\\s+" + NUMBER + "\\s+(?<what>[\\w-]+)"
                    + "(?:\\s+(?:per|i|om|varje|på|under)\\s+(?<period>ett\\s+år|året|år|\\d{4}|veckan|vecka"
                    + "|månaden|månad|kvartalet|kvartal))?"), TargetPhrases::count),
            // "varje vecka", "en gång i veckan", "veckovis"
            new Rule(Words.pattern("\\b(?:(?:minst\\s+)?en\\s+gång\\s+(?:i|per)\\s+veckan?|varje\\s+vecka|per\\s+vecka"
                    + "|i\\s+veckan|veckovis|veckovisa)\\b(?!\\s*\\d)"), TargetPhrases::weekly),
            // "varje månad", "en gång i månaden", "månatligen"
            new Rule(Words.pattern("\\b(?:(?:minst\\s+)?(?:varje|var|per|i|en\\s+gång\\s+(?:i|per))\\s+(?:månad|månaden)"
                    + "|månadsvis|månatligen)\\b(?!\\s*\\d)"), TargetPhrases::monthly),
            // "en gång i kvartalet", "varannan vecka": no target can follow these yet
            new Rule(Words.pattern("\\b(?:(?:varje|var|per|i|en\\s+gång\\s+(?:i|per))\\s+(?:kvartal|kvartalet)"
                    + "|kvartalsvis|varannan\\s+vecka)\\b"), TargetPhrases::unsupportedRhythm),
            // "under våren 2025", "under våren", "under första halvåret"
            new Rule(Words.pattern("\\bunder\\s+(?:våren|vårterminen|första\\s+halvåret)" + YEAR),
                    (words, sentence) -> deadline(words, sentence, MonthDay.END_OF_JUNE)),
            // "under hösten/vintern", "under hösten", "under andra halvåret"
            new Rule(Words.pattern("\\bunder\\s+(?:hösten\\s*(?:/|och|eller)\\s*vintern|hösten|vintern|höstterminen"
                    + "|andra\\s+halvåret)" + YEAR), (words, sentence) -> deadline(words, sentence, MonthDay.END_OF_YEAR)),
            // "senast den 30 september", "senast 1 mars 2025"
            new Rule(Words.pattern("\\bsenast\\s+(?:den\\s+)?(?<day>\\d{1,2})(?::[ae])?\\s+" + MONTHS + YEAR),
                    TargetPhrases::deadlineOnDay),
            // "senast 2025-09-30"
            new Rule(Words.pattern("\\bsenast\\s+(?:den\\s+)?(?<date>\\d{4}-\\d{2}-\\d{2})"), TargetPhrases::deadlineOnDate),
            // "senast i juni", "senast i slutet av oktober"
            new Rule(Words.pattern("\\bsenast\\s+(?:i\\s+slutet\\s+av\\s+|vid\\s+utgången\\s+av\\s+|i\\s+|under\\s+)?"
                    + MONTHS + YEAR), TargetPhrases::deadlineAtMonthEnd),
            // "före årsskiftet", "innan årets slut"
            new Rule(Words.pattern("\\b(?:före|innan|till)\\s+(?:årsskiftet|årets\\s+slut)" + YEAR),
                    (words, sentence) -> deadline(words, sentence, MonthDay.END_OF_YEAR)),
            // "öka antalet medborgardialoger"
            new Rule(Words.pattern("\\bök(?:a|ar)\\s+antalet\\s+(?<what>[\\w-]+)"), TargetPhrases::increase),
            // "fler platsbesök än under 2024", "fler medborgardialoger än föregående år"
            new Rule(Words.pattern("\\bfler\\s+(?<what>[\\w-]+)[^.]{0,80}?\\s+än\\s+(?:under\\s+|i\\s+|år\\s+)?"
                    + "(?:\\d{4}|föregående\\s+år|förra\\s+året|i\\s+fjol|året\\s+innan)"), TargetPhrases::increase));

    private enum MonthDay { END_OF_JUNE, END_OF_YEAR }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9])");

    private TargetPhrases() {
    }

    /** The targets of a commitment's text; {@code year} is the promise's (null when the text names none). */
    static Reading read(String text, Integer year) {
        List<TargetRead> targets = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        for (String words : SENTENCE_END.split(text.trim())) {
            Sentence sentence = new Sentence(words, year, targets, remarks);
            for (Rule rule : RULES) {
                Matcher found = rule.pattern().matcher(words);
                while (found.find()) {
                    if (!sentence.isRead(found.start(), found.end()) && rule.reader().read(found, sentence)) {
                        sentence.markRead(found.start(), found.end());
                    }
                }
            }
        }
        return new Reading(List.copyOf(targets), List.copyOf(remarks));
    }

    private static boolean count(Matcher words, Sentence sentence) {
        OptionalInt number = NumberWords.parse(words.group("n"));
        if (number.isEmpty() || number.getAsInt() < 1) {
            return false;
        }
        int n = number.getAsInt();
        String what = words.group("what");
        CountedThing counted = CountedThing.of(what.matches("(?iu)gång|gånger") ? null : what, sentence.words());
        String period = words.group("period") == null ? "år" : words.group("period").toLowerCase(Locale.ROOT);
        if (period.startsWith("veck") && n == 1) {
            rhythm(sentence, words.group(), counted, Target.Period.WEEK);
        } else if (period.startsWith("månad") && n == 1) {
            rhythm(sentence, words.group(), counted, Target.Period.MONTH);
        } else if (period.startsWith("veck") || period.startsWith("månad") || period.startsWith("kvartal")) {
            sentence.remark("a count of more than one per week or month, or any per quarter, is no target the service "
                    + "can follow yet (a COUNT is per year, a CADENCE once a week or a month); decide how to follow it "
                    + "up", words.group());
        } else {
            sentence.target(new Target.Count(counted.measure(), n), "COUNT: at least " + n + " " + counted.described()
                    + " in the year", words.group(), counted);
        }
        return true;
    }

    private static boolean weekly(Matcher words, Sentence sentence) {
        rhythm(sentence, words.group(), CountedThing.of(null, sentence.words()), Target.Period.WEEK);
        return true;
    }

    private static boolean monthly(Matcher words, Sentence sentence) {
        rhythm(sentence, words.group(), CountedThing.of(null, sentence.words()), Target.Period.MONTH);
        return true;
    }

    private static void rhythm(Sentence sentence, String because, CountedThing counted, Target.Period period) {
        sentence.target(new Target.Cadence(counted.measure(), period), "CADENCE: " + counted.described() + ", every "
                + period.name().toLowerCase(Locale.ROOT), because, counted);
    }

    private static boolean unsupportedRhythm(Matcher words, Sentence sentence) {
        sentence.remark("a quarterly or fortnightly rhythm is no target the service can follow yet (a CADENCE is "
                + "weekly or monthly); decide how to follow it up, e.g. as a COUNT per year", words.group());
        return true;
    }

    private static boolean deadline(Matcher words, Sentence sentence, MonthDay due) {
        Integer year = sentence.yearOf(words);
        if (year == null) {
            return false;
        }
        LocalDate dueOn = due == MonthDay.END_OF_JUNE ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        sentence.deadline(dueOn, words);
        return true;
    }

    private static boolean deadlineOnDay(Matcher words, Sentence sentence) {
        Integer year = sentence.yearOf(words);
        if (year == null) {
            return false;
        }
        YearMonth month = YearMonth.of(year, month(words.group("month")));
        int day = Integer.parseInt(words.group("day"));
        if (!month.isValidDay(day)) {
            sentence.remark("names a day that does not exist", words.group());
            return true;
        }
        sentence.deadline(month.atDay(day), words);
        return true;
    }

    private static boolean deadlineOnDate(Matcher words, Sentence sentence) {
        try {
            sentence.deadline(LocalDate.parse(words.group("date")), words);
        } catch (DateTimeParseException noSuchDay) {
            sentence.remark("names a day that does not exist", words.group());
        }
        return true;
    }

    private static boolean deadlineAtMonthEnd(Matcher words, Sentence sentence) {
        Integer year = sentence.yearOf(words);
        if (year == null) {
            return false;
        }
        sentence.deadline(YearMonth.of(year, month(words.group("month"))).atEndOfMonth(), words);
        return true;
    }

    private static boolean increase(Matcher words, Sentence sentence) {
        CountedThing counted = CountedThing.of(words.group("what"), sentence.words());
        if (sentence.hasIncrease()) {
            sentence.remark("a commitment has at most one INCREASE target; this one is left out", words.group());
            return true;
        }
        sentence.target(new Target.Increase(counted.measure()), "INCREASE: more " + counted.described()
                + " than the year before (a coordinator sets the baseline)", words.group(), counted);
        return true;
    }

    private static Month month(String swedishName) {
        List<String> months = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december");
        return Month.of(months.indexOf(swedishName.toLowerCase(Locale.ROOT)) + 1);
    }

    /** One sentence being read, and the findings of the whole commitment it adds to. */
    private static final class Sentence {

        private final String words;
        private final Integer promiseYear;
        private final List<TargetRead> targets;
        private final List<Remark> remarks;
        private final BitSet read = new BitSet();

        Sentence(String words, Integer promiseYear, List<TargetRead> targets, List<Remark> remarks) {
            this.words = words;
            this.promiseYear = promiseYear;
            this.targets = targets;
            this.remarks = remarks;
        }

        String words() {
            return words;
        }

        boolean isRead(int start, int end) {
            return read.get(start, end).cardinality() > 0;
        }

        void markRead(int start, int end) {
            read.set(start, end);
        }

        boolean hasIncrease() {
            return targets.stream().anyMatch(found -> found.target() instanceof Target.Increase);
        }

        void target(Target target, String reading, String because, CountedThing counted) {
            targets.add(new TargetRead(target, reading, because));
            if (!counted.known()) {
                remark("what is counted is not one the service knows (a network, place visits, foot patrols, concern "
                        + "talks, citizen dialogues, situation pictures); it is read as " + counted.described()
                        + ": check it", because);
            }
        }

        void remark(String message, String because) {
            remarks.add(new Remark(message, because));
        }

        /** The year the words name, else the promise's; none (and a remark) when neither is known. */
        Integer yearOf(Matcher words) {
            String named = words.group("year");
            if (named != null) {
                return Integer.valueOf(named);
            }
            if (promiseYear == null) {
                remark("a deadline without a year, in a text that names no promise year; set its date", words.group());
                return null;
            }
            return promiseYear;
        }

        void deadline(LocalDate dueOn, Matcher phrase) {
            String made = Milestones.from(words, phrase.start(), phrase.end());
            // A commitment's deadlines name different milestones (a pledge refuses two of one name).
            long same = targets.stream().filter(found -> found.target() instanceof Target.Deadline deadline
                    && deadline.milestone().startsWith(made)).count();
            String milestone = same == 0 ? made : made + " (" + (same + 1) + ")";
            targets.add(new TargetRead(new Target.Deadline(milestone, dueOn), "DEADLINE: \"" + milestone + "\" by "
                    + dueOn, phrase.group()));
            if (promiseYear != null && dueOn.getYear() != promiseYear) {
                remark("the deadline falls outside the promise year " + promiseYear + ", which a pledge refuses",
                        phrase.group());
            }
        }
    }
}
