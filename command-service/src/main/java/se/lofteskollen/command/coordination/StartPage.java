package se.lofteskollen.command.coordination;

import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.draft.page.TargetRows;
import se.lofteskollen.events.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's start page: their promises, and for the one chosen its commitments by area, each with the forms
 * that change it. A closed promise, or a withdrawn commitment, offers no forms: nothing more changes in it.
 */
record StartPage(List<PromiseLine> promises, Chosen chosen) {

    record PromiseLine(String promiseId, int year, String title, String state, String href, boolean chosen) {
    }

    record Chosen(String promiseId, String title, String state, List<Link> actions, List<Area> areas) {
    }

    record Area(String heading, List<Line> commitments) {
    }

    /** @param withdrawn why it was withdrawn, or null */
    record Line(String commitmentId, String code, String text, String responsible, List<String> targets,
                String withdrawn, List<Link> links) {
    }

    /** {@code about}: what the link concerns, for a screen reader reading the link alone ("åtagande 6.2"). */
    record Link(String label, String about, String href) {
    }

    static final String BASE = "/report/coordinate";

    static StartPage of(List<PromiseNow> promises, PromiseNow chosen, List<CommitmentNow> commitments,
                        CommitmentFormWords words) {
        List<PromiseLine> lines = promises.stream().map(promise -> new PromiseLine(promise.promiseId(), promise.year(),
                promise.title(), state(promise, words), BASE + "?lofte=" + promise.promiseId(),
                chosen != null && chosen.promiseId().equals(promise.promiseId()))).toList();
        return new StartPage(lines, chosen == null ? null : chosen(chosen, commitments, words));
    }

    private static Chosen chosen(PromiseNow promise, List<CommitmentNow> commitments, CommitmentFormWords words) {
        String at = BASE + "/promises/" + promise.promiseId();
        List<Link> actions = new ArrayList<>();
        if (!promise.closed()) {
            actions.add(new Link(words.say("coordination.pledge.title"), null, at + "/pledge"));
            if (!promise.signed()) {
                actions.add(new Link(words.say("coordination.sign.title"), null, at + "/sign"));
            }
            actions.add(new Link(words.say("coordination.retract.title"), null, at + "/retract"));
            actions.add(new Link(words.say("coordination.close.title"), null, at + "/close"));
        }
        Map<String, List<Line>> byArea = new LinkedHashMap<>();
        for (CommitmentNow commitment : commitments) {
            byArea.computeIfAbsent(areaHeading(promise, commitment.priorityArea()), heading -> new ArrayList<>())
                    .add(line(promise, commitment, words));
        }
        List<Area> areas = byArea.entrySet().stream().map(area -> new Area(area.getKey(), area.getValue())).toList();
        return new Chosen(promise.promiseId(), promise.title(), state(promise, words), actions, areas);
    }

    private static Line line(PromiseNow promise, CommitmentNow commitment, CommitmentFormWords words) {
        String at = BASE + "/commitments/" + commitment.commitmentId();
        String about = words.say("coordination.link.about", commitment.code());
        List<Link> links = new ArrayList<>();
        if (!promise.closed() && !commitment.withdrawn()) {
            links.add(new Link(words.say("coordination.link.revise"), about, at + "/revise"));
            if (!commitment.openMilestones().isEmpty()) {
                links.add(new Link(words.say("coordination.milestone.title"), about, at + "/milestone"));
            }
            if (commitment.measuresAnIncrease()) {
                links.add(new Link(words.say("coordination.baseline.title"), about, at + "/baseline"));
            }
            links.add(new Link(words.say("coordination.note.title"), about, at + "/note"));
            links.add(new Link(words.say("coordination.link.withdraw"), about, at + "/withdraw"));
        }
        String responsible = commitment.responsible().stream().sorted().map(promise::partyName)
                .reduce((first, next) -> words.say("coordination.and", first, next)).orElse("");
        return new Line(commitment.commitmentId(), commitment.code(), commitment.text(), responsible,
                commitment.targets().stream().map(target -> words(target, commitment, words)).toList(),
                commitment.withdrawn() ? commitment.withdrawal().reason() : null, links);
    }

    /** A target in words, with what has been done toward it that the command side knows (a milestone, a baseline). */
    static String words(Target target, CommitmentNow commitment, CommitmentFormWords words) {
        if (target instanceof Target.Deadline deadline) {
            String milestone = words.deadline(deadline.milestone(), deadline.dueOn().toString());
            return commitment.reached().containsKey(deadline.milestone())
                    ? words.say("coordination.target.reached", milestone,
                    commitment.reached().get(deadline.milestone()).toString())
                    : milestone;
        }
        if (target instanceof Target.Increase increase) {
            return commitment.baseline() == null
                    ? words.say("coordination.target.INCREASE.noBaseline", words.measure(increase.measure()))
                    : words.say("coordination.target.INCREASE.baseline", words.measure(increase.measure()),
                    String.valueOf(commitment.baseline().value()));
        }
        return words.target(TargetRows.of(target));
    }

    private static String areaHeading(PromiseNow promise, String code) {
        return promise.areas().stream().filter(area -> area.code().equals(code)).findFirst()
                .map(area -> area.code() + ". " + area.name()).orElse(code);
    }

    static String state(PromiseNow promise, CommitmentFormWords words) {
        if (promise.closed()) {
            return words.say("coordination.state.closed", promise.closing().closedOn().toString());
        }
        return promise.signed() ? words.say("coordination.state.signed", promise.signing().signedOn().toString())
                : words.say("coordination.state.unsigned");
    }
}
