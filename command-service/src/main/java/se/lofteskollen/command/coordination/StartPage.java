package se.lofteskollen.command.coordination;

import se.lofteskollen.command.draft.page.Measures;
import se.lofteskollen.command.draft.page.TargetRows;
import se.lofteskollen.events.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    static StartPage of(List<PromiseNow> promises, PromiseNow chosen, List<CommitmentNow> commitments) {
        List<PromiseLine> lines = promises.stream().map(promise -> new PromiseLine(promise.promiseId(), promise.year(),
                promise.title(), state(promise), BASE + "?lofte=" + promise.promiseId(),
                chosen != null && chosen.promiseId().equals(promise.promiseId()))).toList();
        return new StartPage(lines, chosen == null ? null : chosen(chosen, commitments));
    }

    private static Chosen chosen(PromiseNow promise, List<CommitmentNow> commitments) {
        String at = BASE + "/promises/" + promise.promiseId();
        List<Link> actions = new ArrayList<>();
        if (!promise.closed()) {
            actions.add(new Link("Nytt åtagande", null, at + "/pledge"));
            if (!promise.signed()) {
                actions.add(new Link("Underteckna löftet", null, at + "/sign"));
            }
            actions.add(new Link("Återkalla en rapport", null, at + "/retract"));
            actions.add(new Link("Avsluta året", null, at + "/close"));
        }
        Map<String, List<Line>> byArea = new LinkedHashMap<>();
        for (CommitmentNow commitment : commitments) {
            byArea.computeIfAbsent(areaHeading(promise, commitment.priorityArea()), heading -> new ArrayList<>())
                    .add(line(promise, commitment));
        }
        List<Area> areas = byArea.entrySet().stream().map(area -> new Area(area.getKey(), area.getValue())).toList();
        return new Chosen(promise.promiseId(), promise.title(), state(promise), actions, areas);
    }

    private static Line line(PromiseNow promise, CommitmentNow commitment) {
        String at = BASE + "/commitments/" + commitment.commitmentId();
        String about = "åtagande " + commitment.code();
        List<Link> links = new ArrayList<>();
        if (!promise.closed() && !commitment.withdrawn()) {
            links.add(new Link("Ändra", about, at + "/revise"));
            if (!commitment.openMilestones().isEmpty()) {
                links.add(new Link("Delmål nått", about, at + "/milestone"));
            }
            if (commitment.measuresAnIncrease()) {
                links.add(new Link("Utgångsvärde", about, at + "/baseline"));
            }
            links.add(new Link("Statusanteckning", about, at + "/note"));
            links.add(new Link("Återkalla", about, at + "/withdraw"));
        }
        String responsible = commitment.responsible().stream().sorted().map(promise::partyName)
                .collect(Collectors.joining(" och "));
        return new Line(commitment.commitmentId(), commitment.code(), commitment.text(), responsible,
                commitment.targets().stream().map(target -> words(target, commitment)).toList(),
                commitment.withdrawn() ? commitment.withdrawal().reason() : null, links);
    }

    /** A target in words, with what has been done toward it that the command side knows (a milestone, a baseline). */
    static String words(Target target, CommitmentNow commitment) {
        if (target instanceof Target.Deadline deadline) {
            String reached = commitment.reached().containsKey(deadline.milestone())
                    ? ", nått " + commitment.reached().get(deadline.milestone()) : "";
            return "Delmålet ”" + deadline.milestone() + "” senast " + deadline.dueOn() + reached;
        }
        if (target instanceof Target.Increase increase) {
            return "Fler " + Measures.words(increase.measure()) + " än året innan"
                    + (commitment.baseline() == null ? " (utgångsvärde saknas)"
                    : " (utgångsvärde " + commitment.baseline().value() + ")");
        }
        return TargetRows.of(target).words();
    }

    private static String areaHeading(PromiseNow promise, String code) {
        return promise.areas().stream().filter(area -> area.code().equals(code)).findFirst()
                .map(area -> area.code() + ". " + area.name()).orElse(code);
    }

    static String state(PromiseNow promise) {
        if (promise.closed()) {
            return "Året avslutat " + promise.closing().closedOn();
        }
        return promise.signed() ? "Undertecknat " + promise.signing().signedOn() : "Inte undertecknat ännu";
    }
}
