package se.lofteskollen.command.draft.page;

import se.lofteskollen.command.draft.PromiseDraft;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.promise.PromiseParty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The draft as the coordinator corrects it, as posted: text only, so that a year or a count that cannot be read is
 * answered by its field rather than as a binding error. Every row the text gave stays in its place
 * (a commitment or target left out is marked {@code drop}, not removed), so a field's name such as
 * {@code commitments[3].targets[0].atLeast} means the same thing on every round trip. The published text travels
 * along, read-only, so that what was read from which words can be shown again without a session.
 *
 * <p>A renewal of last year's promise ("Förnya") is drafted into the same form, without a text: {@code predecessorId}
 * names the promise it renews, and each commitment's the one it carries on.
 *
 * <p>{@code token} is the form's idempotency key: it names the promise when no id is chosen, so that confirming
 * the same draft twice creates it once.
 */
public record DraftForm(String token, String text, String promiseId, String year, String title, String policeArea,
                        String municipality, String policeRegion, String county, List<Area> priorityAreas,
                        List<PartyRow> parties, List<CommitmentRow> commitments, String predecessorId) {

    /** A checkbox's value when ticked. */
    static final String TICKED = "on";

    public DraftForm {
        priorityAreas = rows(priorityAreas, () -> new Area(null, null));
        parties = rows(parties, () -> new PartyRow(null, null, null));
        commitments = rows(commitments, () -> new CommitmentRow(null, null, null, null, null, null, null));
    }

    public record Area(String code, String name) {
        boolean blank() {
            return DraftForm.blank(code) && DraftForm.blank(name);
        }
    }

    public record PartyRow(String code, String name, String organisation) {
        boolean blank() {
            return DraftForm.blank(code) && DraftForm.blank(name) && DraftForm.blank(organisation);
        }
    }

    /** @param predecessorId the commitment of last year's promise this one carries on, in a renewal */
    public record CommitmentRow(String drop, String code, String priorityArea, List<String> responsible, String text,
                                List<TargetRow> targets, String predecessorId) {
        public CommitmentRow {
            responsible = responsible == null ? List.of() : responsible.stream().filter(party -> !blank(party)).map(String::trim).toList();
            targets = rows(targets, () -> new TargetRow(null, null, null, null, null, null, null));
        }

        public boolean dropped() {
            return TICKED.equals(drop);
        }
    }

    /**
     * A target: its {@code type} ({@code COUNT}, {@code CADENCE}, {@code DEADLINE}, {@code INCREASE}) as read, and
     * the values the coordinator may correct: what it counts ({@link Measures}), how many, a rhythm's period
     * ({@code WEEK}, {@code MONTH}), or a deadline's milestone and day.
     */
    public record TargetRow(String drop, String type, String measure, String atLeast, String period, String milestone,
                            String dueOn) {
        public boolean dropped() {
            return TICKED.equals(drop);
        }

        public boolean is(String kind) {
            return kind.equals(type);
        }
    }

    /** The form the draft starts as; {@code organisations} are the coordinator's, offered for the parties they fit. */
    static DraftForm of(PromiseDraft draft, String text, String token, Collection<String> organisations) {
        PromiseDraft.NewPromise promise = draft.promise();
        List<Area> areas = promise.priorityAreas().stream().map(area -> new Area(area.code(), area.name())).toList();
        List<PartyRow> parties = promise.parties().stream()
                .map(party -> new PartyRow(party.code(), party.name(), organisationFor(party, organisations)))
                .toList();
        List<CommitmentRow> commitments = draft.commitments().stream().map(DraftForm::row).toList();
        return new DraftForm(token, text, null, promise.year() == null ? null : promise.year().toString(),
                promise.title(), promise.policeArea(), promise.municipality(), promise.policeRegion(), promise.county(),
                areas, parties, commitments, promise.predecessorId()).withRoomToAdd();
    }

    private static CommitmentRow row(PromiseDraft.NewCommitment commitment) {
        List<TargetRow> targets = commitment.targets().stream().map(TargetRows::of).toList();
        return new CommitmentRow(null, commitment.code(), commitment.priorityArea(), commitment.responsible(),
                commitment.text(), targets, commitment.predecessorId());
    }

    /**
     * The coordinator's organisation for the police or the municipality, when exactly one of theirs looks like it
     * (its code names a police area or a municipality); otherwise none, for the coordinator to fill in.
     */
    private static String organisationFor(PromiseParty party, Collection<String> organisations) {
        if (organisations.contains(party.code())) {
            return party.code();
        }
        Function<String, Boolean> fits;
        if (Party.POLICE.code().equals(party.code())) {
            fits = code -> code.startsWith("LPO") || code.contains("POLIS") || code.contains("POLICE");
        } else if (Party.MUNICIPALITY.code().equals(party.code())) {
            fits = code -> code.contains("KOMMUN") || code.contains("STAD") || code.contains("MUNICIPALITY");
        } else {
            return null;
        }
        List<String> fitting = organisations.stream().filter(code -> fits.apply(code.toUpperCase(Locale.ROOT))).toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /** The same form with one empty area and one empty party at the end, where another can be added without a script. */
    DraftForm withRoomToAdd() {
        List<Area> areas = priorityAreas.isEmpty() || !last(priorityAreas).blank()
                ? append(priorityAreas, new Area(null, null)) : priorityAreas;
        List<PartyRow> partyRows = parties.isEmpty() || !last(parties).blank()
                ? append(parties, new PartyRow(null, null, null)) : parties;
        return new DraftForm(token, text, promiseId, year, title, policeArea, municipality, policeRegion, county, areas,
                partyRows, commitments, predecessorId);
    }

    /** Every party code the form names, for a commitment's choice of who answers for it, in the form's order. */
    public List<String> partyCodes(CommitmentRow commitment) {
        return Stream.concat(parties.stream().map(PartyRow::code), commitment.responsible().stream())
                .filter(code -> !blank(code)).map(String::trim).distinct().toList();
    }

    /** The name the form gives a party code, for its checkbox; null when the form names it nowhere. */
    public String partyName(String code) {
        return parties.stream().filter(party -> code.equals(trimmed(party.code())))
                .map(PartyRow::name).filter(name -> !blank(name)).findFirst().orElse(null);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    static Optional<Integer> number(String text) {
        try {
            return blank(text) ? Optional.empty() : Optional.of(Integer.valueOf(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static <T> List<T> rows(List<T> rows, Supplier<T> empty) {
        if (rows == null) {
            return List.of();
        }
        // A gap in the posted indexes (only a form made by hand has one) stays a row, so the indexes keep their meaning.
        List<T> filled = new ArrayList<>(rows.size());
        rows.forEach(row -> filled.add(row == null ? empty.get() : row));
        return List.copyOf(filled);
    }

    private static <T> T last(List<T> rows) {
        return rows.get(rows.size() - 1);
    }

    private static <T> List<T> append(List<T> rows, T row) {
        List<T> longer = new ArrayList<>(rows);
        longer.add(row);
        return List.copyOf(longer);
    }
}
