package se.lofteskollen.command.coordination;

import jakarta.validation.ConstraintViolation;
import se.lofteskollen.command.draft.page.DraftRefusals;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.events.text.TextRefused;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals of the coordinator's commands, said in Swedish for the forms. The rules word them in English for API
 * clients; the forms recognise those the commands here can meet and say what to do. A pledge's own refusals are the
 * draft page's ({@link DraftRefusals}), which also says one it does not know as the rule says it, rather than hiding
 * it. Where each belongs on a form is {@link FormCommands}'s to say.
 */
final class CoordinationRefusals {

    private record Said(Pattern english, Function<Matcher, String> swedish) {
    }

    private static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("text", "Skriv åtagandets text."),
            Map.entry("code", "Ange en kod, t.ex. 2.3."),
            Map.entry("priorityArea", "Välj ett område."),
            Map.entry("responsible", "Kryssa i minst en part som svarar för åtagandet."),
            Map.entry("value", "Ange utgångsvärdet som ett heltal."),
            Map.entry("milestone", "Välj delmålet."),
            Map.entry("reachedOn", "Ange dagen som ÅÅÅÅ-MM-DD."),
            Map.entry("note", "Skriv anteckningen."),
            Map.entry("signedOn", "Ange dagen som ÅÅÅÅ-MM-DD."),
            Map.entry("signatories", "Ange minst en undertecknare för polisen och en för kommunen."),
            Map.entry("name", "Ange namnet."),
            Map.entry("title", "Ange titeln, t.ex. kommunstyrelsens ordförande."),
            Map.entry("party", "Välj polisen eller kommunen."),
            Map.entry("closedOn", "Ange dagen som ÅÅÅÅ-MM-DD."));

    private static final List<Said> RULES = List.of(
            said("a revision states its reason", words -> "Skriv varför åtagandet ändras."),
            said("a revision changes the text, the targets or the responsible parties",
                    words -> "Ändra texten, målen eller vem som svarar för åtagandet."),
            said("a withdrawal states its reason", words -> "Skriv varför åtagandet återkallas."),
            said("commitment (\\S+) was already withdrawn: (.*)",
                    words -> "Åtagandet är redan återkallat, med skälet ”" + words.group(2) + "”."),
            said("commitment (\\S+) was withdrawn: (.*)",
                    words -> "Åtagandet är återkallat (”" + words.group(2) + "”) och ändras inte mer."),
            said("a baseline states what it is based on",
                    words -> "Skriv vad utgångsvärdet bygger på, t.ex. antalet medborgardialoger 2024."),
            said("commitment (\\S+) has no INCREASE target for a baseline to measure",
                    words -> "Åtagandet har inget mål om ökning, och därför inget utgångsvärde."),
            said("was already reached on (\\S+)", words -> "Delmålet är redan nått, den " + words.group(1) + "."),
            said("is not a milestone of commitment (\\S+); its milestones are (.*)",
                    words -> "Det är inget delmål i åtagandet. Välj ett av dess delmål."),
            said("another note was already added under (\\S+)",
                    words -> "Den här anteckningen är redan sparad, med annan text. Öppna formuläret igen för att "
                            + "skriva en ny."),
            said("lies outside the promise year (\\d+)",
                    words -> "Dagen ligger utanför löftesåret " + words.group(1) + ". Välj en dag under "
                            + words.group(1) + "."),
            said("lies in the future", words -> "Dagen ligger i framtiden. Ange en dag som har varit, senast i dag."),
            said("lies after the promise year (\\d+)",
                    words -> "Dagen ligger efter löftesåret " + words.group(1) + "."),
            said("lies before the year preceding the promise year (\\d+)",
                    words -> "Ett löfte undertecknas tidigast året före löftesåret, "
                            + (Integer.parseInt(words.group(1)) - 1) + "."),
            said("lies before the promise year (\\d+)",
                    words -> "Dagen ligger före löftesåret " + words.group(1) + "."),
            said("a promise is signed by both the police and the municipality",
                    words -> "Löftet undertecknas av både polisen och kommunen: ange minst en undertecknare för var "
                            + "och en."),
            said("promise (\\S+) was already signed on (\\S+)",
                    words -> "Löftet är redan undertecknat, den " + words.group(2) + "."),
            said("promise (\\S+) was already closed on (\\S+)",
                    words -> "Löftesåret är redan avslutat, den " + words.group(2) + "."),
            said("promise (\\S+) is closed.*",
                    words -> "Löftesåret är avslutat och uppföljt: i löftet läggs inget mer till, ändras eller återkallas."),
            said("a retraction states its reason", words -> "Skriv varför rapporten återkallas."),
            said("report (\\S+) was already retracted: (.*)",
                    words -> "Rapporten är redan återkallad, med skälet ”" + words.group(2) + "”."),
            said("only a coordinator may .*", words -> "Bara en samordnare får göra det här."),
            said("promise (\\S+) is not coordinated by .*",
                    words -> "Du samordnar inte löftet " + words.group(1) + "."));

    private CoordinationRefusals() {
    }

    static String swedish(Rejection rejection) {
        if (rejection.getCause() instanceof TextRefused refused) {
            return refused.swedish();
        }
        if (rejection instanceof NotFound && "reportId".equals(rejection.field())) {
            return "Det finns ingen rapport med det id:t. Välj en rapport i listan eller kontrollera id:t.";
        }
        if (rejection instanceof NotFound && rejection.getMessage().startsWith("nothing of this kind")) {
            return "Det finns inget sådant att ändra. Gå tillbaka till löftet och välj igen.";
        }
        return swedish(rejection.getMessage());
    }

    static String swedish(String message) {
        String english = message == null ? "" : message;
        for (Said rule : RULES) {
            Matcher words = rule.english().matcher(english);
            if (words.matches()) {
                return rule.swedish().apply(words);
            }
        }
        return DraftRefusals.swedish(english);
    }

    /** A broken constraint of the API's request records, by the request's field (e.g. {@code signatories[1].name}). */
    static String swedish(String field, ConstraintViolation<?> violation) {
        String last = field.replaceAll("\\[\\d*]", "").replaceAll("\\.<[^>]*>$", "").replaceAll("^.*\\.", "");
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> REQUIRED.getOrDefault(last, "Fyll i fältet.");
            case "Size" -> violation.getInvalidValue() instanceof CharSequence
                    ? "Högst " + attributes.get("max") + " tecken."
                    : last.equals("responsible") ? REQUIRED.get("responsible") : "Högst " + attributes.get("max") + ".";
            case "PositiveOrZero", "Min" -> "Ange ett tal som inte är negativt.";
            case "Max" -> "Högst " + attributes.get("value") + ".";
            case "Pattern" -> last.equals("text") ? REQUIRED.get("text")
                    : "Bara bokstäver, siffror och punkt, t.ex. 2.3.";
            default -> "Ogiltigt värde.";
        };
    }

    private static Said said(String english, Function<Matcher, String> swedish) {
        return new Said(Pattern.compile(english, Pattern.DOTALL), swedish);
    }
}
