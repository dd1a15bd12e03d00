package se.lofteskollen.command.draft.page;

import jakarta.validation.ConstraintViolation;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.events.text.TextRefused;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals of a promise and its pledges, said in Swedish for the draft page. The rules word them in English
 * for API clients; the page recognises those a new promise and its commitments can meet and says what to do. One it
 * does not know is shown as the rule says it, rather than hidden. Where each belongs on the page is
 * {@link DraftSubmission}'s to say.
 */
public final class DraftRefusals {

    private record Said(Pattern english, Function<Matcher, String> swedish) {
    }

    private static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("year", "Ange året."),
            Map.entry("title", "Skriv löftets titel."),
            Map.entry("policeArea", "Ange lokalpolisområdet."),
            Map.entry("municipality", "Ange kommunen."),
            Map.entry("policeRegion", "Ange polisregionen, t.ex. Polisregion Öst."),
            Map.entry("county", "Ange länet, t.ex. Kalmar län."),
            Map.entry("priorityAreas", "Ett löfte har minst ett prioriterat område."),
            Map.entry("code", "Ange en kod."),
            Map.entry("name", "Ange ett namn."),
            Map.entry("priorityArea", "Ange koden för åtagandets område."),
            Map.entry("responsible", "Kryssa i minst en part som svarar för åtagandet."),
            Map.entry("text", "Skriv åtagandets text."));

    private static final Map<String, String> PATTERNS = Map.of(
            "promiseId", "Bara bokstäver a–z, siffror, punkt, bindestreck och understreck, t.ex. vastervik-2025.",
            "code", "Bara bokstäver, siffror, punkt, bindestreck och understreck, t.ex. 6.2 eller REGION.",
            "organisation", "Ange en organisationskod: upp till 60 tecken A–Z, siffror, _, . eller -, t.ex. LPO_VIMMERBY.");

    private static final List<Said> RULES = List.of(
            said("promise (\\S+) already exists with other content", words -> "Det finns redan ett löfte med id "
                    + words.group(1) + ", med annat innehåll. Välj ett annat id, eller ändra inte löftets uppgifter "
                    + "efter att det skapats."),
            said("the id (\\S+) is already used by a record of another kind", words -> "Id:t " + words.group(1)
                    + " används redan av något annat. Välj ett annat id."),
            said("a promise has at least one priority area", words -> "Ett löfte har minst ett prioriterat område."),
            said("a promise has parties", words -> "Ett löfte har parter."),
            said("code (\\S+) is used twice", words -> "Koden " + words.group(1) + " används två gånger."),
            said("must not be blank", words -> "Ange en kod."),
            said("a promise names its police region.*", words -> REQUIRED.get("policeRegion")),
            said("a promise names its county.*", words -> REQUIRED.get("county")),
            said("a coordinator creates only promises their own organisation acts in: (.*) is none of (.*)",
                    words -> "Du kan bara skapa ett löfte som någon av dina organisationer (" + words.group(1)
                            + ") agerar i. Ange din organisations kod vid den part den agerar som."),
            said("is not an organisation code.*", words -> PATTERNS.get("organisation")),
            said("commitment (\\S+) was already pledged with other content", words -> "Åtagandet " + words.group(1)
                    + " är redan sparat, med annat innehåll. Det ändras med en revidering, inte här."),
            said("code (\\S+) is already used by commitment (\\S+)", words -> "Koden " + words.group(1)
                    + " används redan i löftet, av åtagandet " + words.group(2) + "."),
            said("is not a priority area of promise (\\S+); its areas are (.*)", words -> "Löftet har inget sådant "
                    + "prioriterat område; dess områden är " + words.group(2) + "."),
            said("(\\S+) is not a party of promise (\\S+).*", words -> words.group(1) + " är ingen av löftets parter."),
            said("a commitment has at least one responsible party", words -> REQUIRED.get("responsible")),
            said("lies outside the promise year (\\d+)", words -> "Dagen ligger utanför löftesåret " + words.group(1) + "."),
            said("names the milestone of another deadline", words -> "Ett annat mål har samma delmål: ge dem olika namn."),
            said("a commitment has one baseline, so at most one INCREASE target",
                    words -> "Ett åtagande har högst ett mål om ökning."),
            said("promise (\\S+) is closed.*", words -> "Löftet är avslutat och tar inte emot fler åtaganden."),
            said("no promise (\\S+)", words -> "Löftet " + words.group(1) + " finns inte."),
            said("(?:only a coordinator|promise (\\S+) is not coordinated by).*",
                    words -> "Du samordnar inte det här löftet."));

    private DraftRefusals() {
    }

    static String swedish(Rejection rejection) {
        if (rejection.getCause() instanceof TextRefused refused) {
            return refused.swedish();
        }
        return swedish(rejection.getMessage());
    }

    public static String swedish(String message) {
        String english = message == null ? "" : message;
        for (Said rule : RULES) {
            Matcher words = rule.english().matcher(english);
            if (words.matches()) {
                return rule.swedish().apply(words);
            }
        }
        return "Nekades: " + english;
    }

    /** A broken constraint of the API's request records; {@code field} is the request's, e.g. {@code parties[1].name}. */
    static String swedish(String field, ConstraintViolation<?> violation) {
        String last = field.replaceAll("\\[\\d*]", "").replaceAll("\\.<[^>]*>$", "").replaceAll("^.*\\.", "");
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> REQUIRED.getOrDefault(last, "Fyll i fältet.");
            case "Size" -> "Högst " + attributes.get("max") + (violation.getInvalidValue() instanceof CharSequence
                    ? " tecken." : ".");
            case "Min", "Max" -> last.equals("year") ? "Ange ett år mellan 2000 och 2100." : "Ogiltigt tal.";
            case "Pattern" -> PATTERNS.getOrDefault(last, "Ogiltigt värde.");
            default -> "Ogiltigt värde.";
        };
    }

    private static Said said(String english, Function<Matcher, String> swedish) {
        return new Said(Pattern.compile(english, Pattern.DOTALL), swedish);
    }
}
