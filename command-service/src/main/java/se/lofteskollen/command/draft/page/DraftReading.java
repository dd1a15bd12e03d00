package se.lofteskollen.command.draft.page;

import se.lofteskollen.command.draft.PromiseDraft;
import se.lofteskollen.command.draft.PromiseDraft.Finding;
import se.lofteskollen.command.draft.PromiseDraft.Note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader read from which words, and what it could not decide, placed where the page shows each: beside
 * the promise's fields, by the areas, by each commitment (by its place in the text, as the form keeps it) and by
 * each of its targets. Made again from the published text on every round trip, so the page needs no session.
 */
public record DraftReading(List<Said> notes, Map<String, String> promiseFields, List<String> areaLines,
                           List<CommitmentReading> commitments) {

    /** A note in the page's language; {@code commitment} is the code it concerns, or null for the promise. */
    public record Said(String commitment, String message, String because) {
    }

    /** The words a commitment's parties and each of its targets were read from, and its notes. */
    public record CommitmentReading(String responsibleBecause, List<String> targetsBecause, boolean ongoing,
                                    List<Said> notes) {

        public String targetBecause(int index) {
            return index < targetsBecause.size() ? targetsBecause.get(index) : null;
        }
    }

    private static final CommitmentReading NOTHING_READ = new CommitmentReading(null, List.of(), false, List.of());

    static DraftReading of(PromiseDraft draft, CommitmentFormWords words) {
        List<Said> notes = draft.notes().stream().map(note -> said(note, words)).toList();
        Map<String, String> promiseFields = new HashMap<>();
        Map<Integer, String> areaLines = new HashMap<>();
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        for (Finding finding : draft.findings()) {
            if (finding.commitment() != null) {
                byCode.computeIfAbsent(finding.commitment(), code -> new ArrayList<>()).add(finding);
            } else if (finding.field().startsWith("priorityAreas[")) {
                areaLines.put(index(finding.field()), finding.because());
            } else {
                promiseFields.put(finding.field(), finding.because());
            }
        }
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < draft.promise().priorityAreas().size(); i++) {
            areas.add(areaLines.get(i));
        }
        List<CommitmentReading> commitments = new ArrayList<>();
        for (PromiseDraft.NewCommitment commitment : draft.commitments()) {
            commitments.add(reading(commitment, byCode.getOrDefault(commitment.code(), List.of()), notes));
        }
        return new DraftReading(notes, Map.copyOf(promiseFields), areas, commitments);
    }

    /** The reading of the commitment at {@code index} in the text; nothing for a row the text did not give. */
    public CommitmentReading commitment(int index) {
        return index < commitments.size() ? commitments.get(index) : NOTHING_READ;
    }

    public String areaLine(int index) {
        return index < areaLines.size() ? areaLines.get(index) : null;
    }

    private static CommitmentReading reading(PromiseDraft.NewCommitment commitment, List<Finding> findings,
                                             List<Said> notes) {
        String responsible = null;
        List<String> targets = new ArrayList<>();
        boolean ongoing = false;
        for (Finding finding : findings) {
            if (finding.field().equals("responsible")) {
                responsible = finding.because();
            } else if (finding.field().startsWith("targets[")) {
                targets.add(finding.because());
            } else if (finding.field().equals("targets")) {
                ongoing = true;
            }
        }
        List<Said> own = notes.stream().filter(note -> commitment.code().equals(note.commitment())).toList();
        return new CommitmentReading(responsible, targets, ongoing, own);
    }

    /**
     * The reader words its notes in English, for API clients; a Swedish page says them in Swedish
     * ({@link NotesInSwedish}), an English one as the reader wrote them.
     */
    private static Said said(Note note, CommitmentFormWords words) {
        String message = words.swedish() ? NotesInSwedish.of(note.message(), words::measure) : note.message();
        return new Said(note.commitment(), message, note.because());
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
