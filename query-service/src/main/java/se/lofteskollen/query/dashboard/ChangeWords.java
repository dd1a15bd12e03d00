package se.lofteskollen.query.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.audit.AuditEntry;
import se.lofteskollen.query.commitment.TargetsJson;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.progress.MilestoneNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.Wording;
import se.lofteskollen.query.promise.AreasAndParties;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * An audit entry said in the reader's language: what kind of change it was and what it changed, read from the before and
 * after the audit read model keeps, with the parties named as the entry's promise names them. Unknown kinds of
 * change are shown by their code rather than hidden.
 */
@Component
class ChangeWords {

    private final ObjectMapper json;

    ChangeWords(ObjectMapper json) {
        this.json = json;
    }

    String what(AuditEntry entry) {
        return switch (entry.getChange()) {
            case "PROMISE_CREATED", "PROMISE_SIGNED", "PROMISE_CLOSED", "COMMITMENT_PLEDGED", "COMMITMENT_REVISED", "COMMITMENT_WITHDRAWN", "BASELINE_SET", "MILESTONE_REACHED",
                 "STATUS_NOTE_ADDED", "MEETING_RECORDED", "PLACE_VISIT_REPORTED", "ACTIVITY_REPORTED",
                 "REPORT_RETRACTED" -> Wording.say("change." + entry.getChange());
            default -> entry.getChange();
        };
    }

    List<String> details(AuditEntry entry, AreasAndParties own) {
        JsonNode before = read(entry.getBefore());
        JsonNode after = entry.getAfter() == null ? MissingNode.getInstance() : read(entry.getAfter());
        List<String> details = new ArrayList<>();
        switch (entry.getChange()) {
            case "COMMITMENT_PLEDGED" -> {
                details.add(Wording.say("change.text", after.path("text").asText()));
                details.add(Wording.say("change.responsible", parties(after.path("responsible"), own)));
                details.add(Wording.say("change.targets", targets(after.path("targets"))));
            }
            case "COMMITMENT_REVISED" -> {
                List<String> changed = entry.getChangedFields() == null ? List.of() : List.of(entry.getChangedFields().split(","));
                if (changed.contains("text")) {
                    details.add(Wording.say("change.textChanged", text(before, "text"), after.path("text").asText()));
                }
                if (changed.contains("responsible")) {
                    details.add(Wording.say("change.responsibleChanged",
                            before == null ? "–" : parties(before.path("responsible"), own),
                            parties(after.path("responsible"), own)));
                }
                if (changed.contains("targets")) {
                    details.add(Wording.say("change.targetsChanged", before == null ? "–" : targets(before.path("targets")),
                            targets(after.path("targets"))));
                }
            }
            case "BASELINE_SET" -> details.add(before == null
                    ? Wording.say("change.baseline", after.path("value").asText(), after.path("basis").asText())
                    : Wording.say("change.baselineChanged", before.path("value").asText(), after.path("value").asText(),
                    after.path("basis").asText()));
            case "MILESTONE_REACHED" -> {
                details.add(Wording.say("change.milestone", MilestoneNames.shown(after.path("milestone").asText()), after.path("reachedOn").asText()));
                addIfPresent(details, "change.note", after.path("notes"));
            }
            case "STATUS_NOTE_ADDED" -> details.add(after.path("note").asText());
            case "MEETING_RECORDED" -> {
                details.add(Wording.say("change.meeting", network(after.path("network")), after.path("heldOn").asText(),
                        after.path("participants").asText()));
                addIfPresent(details, "change.note", after.path("notes"));
            }
            case "PLACE_VISIT_REPORTED" -> {
                details.add(Wording.say("change.placeVisit", place(after.path("place")), after.path("visitedOn").asText()));
                addIfPresent(details, "change.problemPicture", after.path("problemPicture"));
                addIfPresent(details, "change.measures", after.path("measures"));
            }
            case "ACTIVITY_REPORTED" -> {
                details.add(after.path("place").isObject()
                        ? Wording.say("change.activityAt", kind(after.path("kind")), after.path("count").asText(),
                        after.path("occurredOn").asText(), place(after.path("place")))
                        : Wording.say("change.activity", kind(after.path("kind")), after.path("count").asText(),
                        after.path("occurredOn").asText()));
                addIfPresent(details, "change.note", after.path("notes"));
            }
            case "REPORT_RETRACTED" -> details.add(Wording.say("change.retracted", entry.getSubjectId()));
            default -> {
            }
        }
        return details;
    }

    private static void addIfPresent(List<String> details, String key, JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            details.add(Wording.say(key, value.asText()));
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null ? "" : node.path(field).asText();
    }

    private static String parties(JsonNode responsible, AreasAndParties own) {
        List<String> codes = StreamSupport.stream(responsible.spliterator(), false).map(JsonNode::asText).toList();
        return ProgressInWords.parties(own.partiesOf(codes));
    }

    private String targets(JsonNode targets) {
        if (targets == null || !targets.isArray() || targets.isEmpty()) {
            return Wording.say("change.ongoing");
        }
        List<Target> read = TargetsJson.read(json, targets.toString());
        return read.stream().map(MeasureNames::describe).collect(Collectors.joining("; "));
    }

    private static String network(JsonNode network) {
        return network.isTextual() ? MeasureNames.network(Network.valueOf(network.asText())) : Wording.say("change.aMeeting");
    }

    private static String kind(JsonNode kind) {
        return kind.isTextual() ? MeasureNames.activity(ActivityKind.valueOf(kind.asText())) : Wording.say("change.anActivity");
    }

    static String place(JsonNode place) {
        String name = place.path("name").asText("");
        String area = place.path("area").asText("");
        return area.isBlank() ? name : name + " (" + area + ")";
    }

    private JsonNode read(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored audit state is not readable", e);
        }
    }
}
