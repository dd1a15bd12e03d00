package se.lofteskollen.command.draft.page;

import org.springframework.stereotype.Component;
import se.lofteskollen.command.draft.page.DraftForm.TargetRow;
import se.lofteskollen.events.Measure;
import se.lofteskollen.platform.pages.PageLanguage;
import se.lofteskollen.platform.pages.PageWords;

import java.util.List;

/**
 * The words of the forms that hold commitments and their targets (the draft page, the coordinator's pledge and
 * revision), in the language of the request being answered: what a target counts, a target in words, and what could
 * not be read from a field. The pages call it as {@code @commitmentFormWords}.
 */
@Component
public class CommitmentFormWords {

    private final PageWords words;

    CommitmentFormWords(PageWords words) {
        this.words = words;
    }

    /** The message under {@code key}, in the request's language. */
    public String say(String key, Object... arguments) {
        return words.say(key, arguments);
    }

    /** Whether the request is answered in Swedish. */
    public boolean swedish() {
        return PageLanguage.SWEDISH.equals(words.language());
    }

    /** "platsbesök", "möten i Tistel", "medborgardialoger". */
    public String measure(Measure measure) {
        return say("draft.measure." + Measures.code(measure).replace(':', '.'));
    }

    public String measure(String code) {
        return Measures.of(code).map(this::measure).orElseGet(() -> say("draft.measure.unknown"));
    }

    /** Every kind of report a target may count, in words, in the order the pages offer them. */
    public List<Measures.Choice> choices() {
        return Measures.MEASURES.stream().map(measure -> new Measures.Choice(Measures.code(measure), measure(measure)))
                .toList();
    }

    /** The target in words, as it stands in the form: "Minst 100 platsbesök under året". */
    public String target(TargetRow row) {
        if (row.type() == null) {
            return say("draft.target.unknown");
        }
        return switch (row.type()) {
            case "COUNT" -> say("draft.target.COUNT", orUnknown(row.atLeast()), measure(row.measure()));
            case "CADENCE" -> say("MONTH".equals(row.period()) ? "draft.target.CADENCE.MONTH" : "draft.target.CADENCE.WEEK",
                    measure(row.measure()));
            case "INCREASE" -> say("draft.target.INCREASE", measure(row.measure()));
            case "DEADLINE" -> deadline(orUnknown(row.milestone()), orUnknown(row.dueOn()));
            default -> say("draft.target.unknown");
        };
    }

    /** "Delmålet ”Kartläggning klar” senast 2025-06-30". */
    public String deadline(String milestone, String dueOn) {
        return say("draft.target.DEADLINE", milestone, dueOn);
    }

    private static String orUnknown(String typed) {
        return DraftForm.blank(typed) ? "?" : typed.trim();
    }
}
