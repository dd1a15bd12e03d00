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
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.promise.AreasAndParties;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * An audit entry said in Swedish: what kind of change it was and what it changed, read from the before and
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
            case "COMMITMENT_PLEDGED" -> "Löftet lades in";
            case "COMMITMENT_REVISED" -> "Löftet ändrades";
            case "COMMITMENT_WITHDRAWN" -> "Löftet återkallades";
            case "BASELINE_SET" -> "Utgångsvärde sattes";
            case "MILESTONE_REACHED" -> "Delmål nått";
            case "STATUS_NOTE_ADDED" -> "Statusanteckning";
            case "MEETING_RECORDED" -> "Möte rapporterat";
            case "PLACE_VISIT_REPORTED" -> "Platsbesök rapporterat";
            case "ACTIVITY_REPORTED" -> "Aktivitet rapporterad";
            case "REPORT_RETRACTED" -> "Rapport återkallad";
            default -> entry.getChange();
        };
    }

    List<String> details(AuditEntry entry, AreasAndParties own) {
        JsonNode before = read(entry.getBefore());
        JsonNode after = entry.getAfter() == null ? MissingNode.getInstance() : read(entry.getAfter());
        List<String> details = new ArrayList<>();
        switch (entry.getChange()) {
            case "COMMITMENT_PLEDGED" -> {
                details.add("Text: " + after.path("text").asText());
                details.add("Ansvar: " + parties(after.path("responsible"), own));
                details.add("Mål: " + targets(after.path("targets")));
            }
            case "COMMITMENT_REVISED" -> {
                List<String> changed = entry.getChangedFields() == null ? List.of() : List.of(entry.getChangedFields().split(","));
                if (changed.contains("text")) {
                    details.add("Text: «" + text(before, "text") + "» → «" + after.path("text").asText() + "»");
                }
                if (changed.contains("responsible")) {
                    details.add("Ansvar: " + (before == null ? "–" : parties(before.path("responsible"), own))
                            + " → " + parties(after.path("responsible"), own));
                }
                if (changed.contains("targets")) {
                    details.add("Mål: " + (before == null ? "–" : targets(before.path("targets")))
                            + " → " + targets(after.path("targets")));
                }
            }
            case "BASELINE_SET" -> details.add("Utgångsvärde: "
                    + (before == null ? "" : before.path("value").asText() + " → ")
                    + after.path("value").asText() + " (" + after.path("basis").asText() + ")");
            case "MILESTONE_REACHED" -> {
                details.add(after.path("milestone").asText() + ", nått " + after.path("reachedOn").asText());
                addIfPresent(details, "Anteckning: ", after.path("notes"));
            }
            case "STATUS_NOTE_ADDED" -> details.add(after.path("note").asText());
            case "MEETING_RECORDED" -> {
                details.add(network(after.path("network")) + ", " + after.path("heldOn").asText() + ", "
                        + after.path("participants").asText() + " deltagare");
                addIfPresent(details, "Anteckning: ", after.path("notes"));
            }
            case "PLACE_VISIT_REPORTED" -> {
                details.add(place(after.path("place")) + ", " + after.path("visitedOn").asText());
                addIfPresent(details, "Problembild: ", after.path("problemPicture"));
                addIfPresent(details, "Åtgärder: ", after.path("measures"));
            }
            case "ACTIVITY_REPORTED" -> {
                details.add(kind(after.path("kind")) + " × " + after.path("count").asText() + ", "
                        + after.path("occurredOn").asText()
                        + (after.path("place").isObject() ? ", " + place(after.path("place")) : ""));
                addIfPresent(details, "Anteckning: ", after.path("notes"));
            }
            case "REPORT_RETRACTED" -> details.add("Rapport " + entry.getSubjectId() + " räknas inte längre");
            default -> {
            }
        }
        return details;
    }

    private static void addIfPresent(List<String> details, String label, JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            details.add(label + value.asText());
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
            return "löpande arbete";
        }
        List<Target> read = TargetsJson.read(json, targets.toString());
        return read.stream().map(MeasureNames::describe).collect(Collectors.joining("; "));
    }

    private static String network(JsonNode network) {
        return network.isTextual() ? Network.valueOf(network.asText()).swedishName() : "Möte";
    }

    private static String kind(JsonNode kind) {
        return kind.isTextual() ? ActivityKind.valueOf(kind.asText()).swedishName() : "Aktivitet";
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
