package se.lofteskollen.command.draft.page;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft reader's notes, said in Swedish for the page. The reader words them in English for API clients, as the
 * rules word their refusals; the page recognises the notes the reader makes and says them for a coordinator. One it
 * does not know is shown as the reader says it, rather than hidden.
 */
final class NotesInSwedish {

    private record Said(Pattern english, BiFunction<Matcher, Function<Measure, String>, String> swedish) {
    }

    private static final Map<String, String> NOT_FOUND = Map.of(
            "title", "Titeln hittades inte i texten: fyll i den.",
            "year", "Året hittades inte i texten: fyll i det.",
            "policeArea", "Lokalpolisområdet hittades inte i texten: fyll i det.",
            "municipality", "Kommunen hittades inte i texten: fyll i den.");

    private static final List<Said> NOTES = List.of(
            said("the code is used twice; a promise takes each code once",
                    words -> "Koden finns två gånger i texten; ett löfte har varje kod en gång."),
            said("no numbered commitment \\(.*\\) was found",
                    words -> "Inget numrerat åtagande (”1.1 Polisen ska …”) hittades i texten."),
            said("no numbered priority area \\(.*\\) was found",
                    words -> "Inget numrerat prioriterat område (”1. Organiserad brottslighet …”) hittades i texten."),
            said("policeRegion and county are not read from the text.*",
                    words -> "Polisregion och län står inte i texten: fyll i dem (och ett id för löftet, om du vill "
                            + "välja ett) innan du skapar löftet."),
            said("each party's organisation .* is not in the text.*",
                    words -> "Vilken organisation som agerar som varje part står inte i texten: ange koden som "
                            + "organisationens inloggningar bär (t.ex. LPO_VIMMERBY). Lämnas den tom agerar "
                            + "organisationerna POLICE och MUNICIPALITY."),
            said("(\\w+) was not found in the text; fill it in",
                    words -> NOT_FOUND.getOrDefault(words.group(1), words.group(1) + " hittades inte i texten: fyll i det.")),
            said("area (\\S+) is named both \"(.*)\" and \"(.*)\"; the first is used",
                    words -> "Område " + words.group(1) + " heter både ”" + words.group(2) + "” och ”" + words.group(3)
                            + "”; det första namnet används."),
            said("the promise names no priority area (\\S+); add it or choose another",
                    words -> "Löftet har inget prioriterat område " + words.group(1)
                            + ": lägg till det bland områdena eller välj ett annat."),
            said("the text is longer than a commitment's (\\d+) characters; shorten it",
                    words -> "Texten är längre än ett åtagandes " + words.group(1) + " tecken: korta den."),
            said("the subject names (.*), no party the reader knows;.*",
                    words -> "Meningen nämner " + words.group(1) + ", som inte är någon av löftets parter: lägg till "
                            + "den bland parterna, och som ansvarig om den svarar för åtagandet."),
            said("the note in brackets names \\[(.*)], the sentence \\[(.*)]; the sentence's are used",
                    words -> "Anteckningen inom parentes nämner " + words.group(1) + ", meningen " + words.group(2)
                            + "; meningens parter används."),
            said("no party was read .*; name who answers for it",
                    words -> "Ingen ansvarig part lästes (”Polisen ska”, ”Kommunen ska”): kryssa i vem som svarar "
                            + "för åtagandet."),
            said("a count of more than one per week or month, or any per quarter, is no target .*",
                    words -> "Fler än en per vecka eller månad, eller ett antal per kvartal, kan tjänsten inte följa "
                            + "upp ännu (ett antal gäller per år, en takt en gång i veckan eller i månaden): bestäm hur "
                            + "det ska följas upp."),
            said("a quarterly or fortnightly rhythm is no target .*",
                    words -> "En takt per kvartal eller varannan vecka kan tjänsten inte följa upp ännu (bara varje "
                            + "vecka eller varje månad): bestäm hur det ska följas upp, t.ex. som ett antal per år."),
            said("names a day that does not exist", words -> "Orden nämner en dag som inte finns."),
            said("a commitment has at most one INCREASE target; this one is left out",
                    words -> "Ett åtagande har högst ett mål om ökning; det här togs inte med."),
            said("what is counted is not one the service knows .*; it is read as (.*): check it",
                    (words, measures) -> "Det som räknas är inget tjänsten känner till (ett nätverk, platsbesök, "
                            + "fotpatrulleringar, orossamtal, medborgardialoger, lägesbilder); det lästes som "
                            + counted(words.group(1), measures)
                            + ": kontrollera det."),
            said("a deadline without a year, in a text that names no promise year; set its date",
                    words -> "En tidsgräns utan år, i en text som inte nämner löftesåret: ange dagen."),
            said("the deadline falls outside the promise year (\\d+), which a pledge refuses",
                    words -> "Tidsgränsen ligger utanför löftesåret " + words.group(1)
                            + ", och ett sådant mål tas inte emot: ändra dagen eller ta bort målet."));

    private static final Pattern MEETINGS = Pattern.compile("meetings of (\\w+)");
    private static final Pattern ACTIVITIES = Pattern.compile("activities: (\\w+)");

    private NotesInSwedish() {
    }

    /** {@code measures}: what a target counts, in Swedish words. */
    static String of(String message, Function<Measure, String> measures) {
        for (Said note : NOTES) {
            Matcher words = note.english().matcher(message);
            if (words.matches()) {
                return note.swedish().apply(words, measures);
            }
        }
        return message;
    }

    private static Said said(String english, Function<Matcher, String> swedish) {
        return new Said(Pattern.compile(english, Pattern.DOTALL), (words, measures) -> swedish.apply(words));
    }

    private static Said said(String english, BiFunction<Matcher, Function<Measure, String>, String> swedish) {
        return new Said(Pattern.compile(english, Pattern.DOTALL), swedish);
    }

    /** The reader's "meetings of OTHER", "activities: OTHER", "place visits", in the page's words. */
    private static String counted(String described, Function<Measure, String> measures) {
        try {
            Matcher meetings = MEETINGS.matcher(described);
            if (meetings.matches()) {
                return measures.apply(Measure.meetingsOf(Network.valueOf(meetings.group(1))));
            }
            Matcher activities = ACTIVITIES.matcher(described);
            if (activities.matches()) {
                return measures.apply(Measure.activities(ActivityKind.valueOf(activities.group(1))));
            }
        } catch (IllegalArgumentException unknown) {
            return described;
        }
        return described.equals("place visits") ? measures.apply(Measure.placeVisits()) : described;
    }
}
