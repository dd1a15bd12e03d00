package se.lofteskollen.command.draft;

import se.lofteskollen.command.draft.PromiseDraft.Finding;
import se.lofteskollen.command.draft.PromiseDraft.NewCommitment;
import se.lofteskollen.command.draft.PromiseDraft.NewPromise;
import se.lofteskollen.command.draft.PromiseDraft.Note;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.text.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a promise's published text into a {@link PromiseDraft}: its structure first, then each commitment's words. */
final class PromiseDrafts {

    private PromiseDrafts() {
    }

    static PromiseDraft read(String text) {
        PromiseDocument document = PromiseDocument.parse(text);
        List<Finding> findings = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        NewPromise promise = promise(document, findings, notes);
        Set<String> areaCodes = new HashSet<>();
        promise.priorityAreas().forEach(area -> areaCodes.add(area.code()));
        Set<String> codes = new HashSet<>();
        List<NewCommitment> commitments = new ArrayList<>();
        for (PromiseDocument.Paragraph paragraph : document.commitments()) {
            if (!codes.add(paragraph.code())) {
                notes.add(new Note(paragraph.code(), "the code is used twice; a promise takes each code once",
                        paragraph.code()));
            }
            commitments.add(commitment(paragraph, document.year(), areaCodes, findings, notes));
        }
        if (commitments.isEmpty()) {
            notes.add(new Note(null, "no numbered commitment (\"1.1 Polisen ska ...\") was found", null));
        }
        return new PromiseDraft(promise, List.copyOf(commitments), List.copyOf(findings), List.copyOf(notes));
    }

    private static NewPromise promise(PromiseDocument document, List<Finding> findings, List<Note> notes) {
        found(findings, notes, "title", document.title(), document.title());
        found(findings, notes, "year", document.year() == null ? null : document.year().toString(), document.title());
        found(findings, notes, "policeArea", document.policeArea(), document.policeArea());
        found(findings, notes, "municipality", document.municipality(), document.municipality());
        List<PriorityArea> areas = new ArrayList<>();
        for (PromiseDocument.Area area : document.areas()) {
            findings.add(new Finding(null, "priorityAreas[" + areas.size() + "]", area.code() + ": " + area.name(),
                    area.line()));
            areas.add(new PriorityArea(area.code(), area.name()));
        }
        if (areas.isEmpty()) {
            notes.add(new Note(null, "no numbered priority area (\"1. Organiserad brottslighet ...\") was found", null));
        }
        document.remarks().forEach(remark -> notes.add(new Note(null, remark, null)));
        notes.add(new Note(null, "policeRegion and county are not read from the text; fill them in (and a promiseId, "
                + "if you choose one) before sending the promise", null));
        notes.add(new Note(null, "each party's organisation (the code your staff's tokens carry, e.g. LPO_VIMMERBY) is not "
                + "in the text; left out, the organisations POLICE and MUNICIPALITY act as the parties", null));
        List<PromiseParty> parties = List.of(
                new PromiseParty(Party.POLICE.code(), orElse(document.policeArea(), Party.POLICE.swedishName()), null),
                new PromiseParty(Party.MUNICIPALITY.code(), orElse(document.municipality(), Party.MUNICIPALITY.swedishName()), null));
        return new NewPromise(document.year(), document.title(), document.policeArea(), document.municipality(),
                List.copyOf(areas), parties, null, null, null);
    }

    private static NewCommitment commitment(PromiseDocument.Paragraph paragraph, Integer year, Set<String> areaCodes,
                                            List<Finding> findings, List<Note> notes) {
        String code = paragraph.code();
        String area = code.substring(0, code.indexOf('.'));
        findings.add(new Finding(code, "priorityArea", area, code));
        if (!areaCodes.contains(area)) {
            notes.add(new Note(code, "the promise names no priority area " + area + "; add it or choose another", code));
        }
        List<String> responsible = responsible(paragraph, findings, notes);
        TargetPhrases.Reading reading = TargetPhrases.read(paragraph.text(), year);
        List<Target> targets = new ArrayList<>();
        for (TargetPhrases.TargetRead read : reading.targets()) {
            findings.add(new Finding(code, "targets[" + targets.size() + "]", read.reading(), read.because()));
            targets.add(read.target());
        }
        if (targets.isEmpty()) {
            findings.add(new Finding(code, "targets", "ongoing: no count, cadence, deadline or increase in the words",
                    null));
        }
        reading.remarks().forEach(remark -> notes.add(new Note(code, remark.message(), remark.because())));
        if (paragraph.text().length() > Text.NOTE) {
            notes.add(new Note(code, "the text is longer than a commitment's " + Text.NOTE + " characters; shorten it",
                    null));
        }
        return new NewCommitment(code, area, responsible, paragraph.text(), List.copyOf(targets), null);
    }

    /** The sentence's subject decides; a bracketed note before the words ("(Polisen)") is used only without one. */
    private static List<String> responsible(PromiseDocument.Paragraph paragraph, List<Finding> findings, List<Note> notes) {
        String code = paragraph.code();
        ResponsibleParties subject = ResponsibleParties.read(paragraph.text());
        if (!subject.unknown().isEmpty()) {
            notes.add(new Note(code, "the subject names " + String.join(", ", subject.unknown())
                    + ", no party the reader knows; add it to the promise's parties and to responsible if it answers "
                    + "for the commitment", subject.because()));
        }
        ResponsibleParties bracketed = paragraph.bracketed() == null ? null
                : ResponsibleParties.read(paragraph.bracketed() + " ska");
        if (!subject.isEmpty()) {
            if (bracketed != null && !bracketed.isEmpty() && !bracketed.codes().equals(subject.codes())) {
                notes.add(new Note(code, "the note in brackets names " + bracketed.codes() + ", the sentence "
                        + subject.codes() + "; the sentence's are used", paragraph.bracketed()));
            }
            findings.add(new Finding(code, "responsible", String.join(", ", subject.codes()), subject.because()));
            return subject.codes();
        }
        if (bracketed != null && !bracketed.isEmpty()) {
            findings.add(new Finding(code, "responsible", String.join(", ", bracketed.codes()), paragraph.bracketed()));
            return bracketed.codes();
        }
        notes.add(new Note(code, "no party was read (\"Polisen ska\", \"Kommunen ska\"); name who answers for it", null));
        return List.of();
    }

    private static void found(List<Finding> findings, List<Note> notes, String field, String value, String because) {
        if (value == null) {
            notes.add(new Note(null, field + " was not found in the text; fill it in", null));
        } else {
            findings.add(new Finding(null, field, value, because));
        }
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
