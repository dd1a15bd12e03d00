package se.lofteskollen.command.reportform;

import jakarta.validation.ConstraintViolation;

import java.util.Map;
import java.util.Set;
import se.lofteskollen.platform.pages.PageWords;

/**
 * Where on the form an answer belongs: the report API names fields by its request records ({@code visitedOn},
 * {@code place.name}, {@code commitmentIds[0]}); the form has one field for each. And what a broken constraint
 * of those records means, in the reader's language.
 */
final class FormFields {

    /** The fields whose own "required" message says what to give ({@code reportform.required.<field>}). */
    private static final Set<String> REQUIRED = Set.of("commitmentId", "date", "placeName", "measures", "activityKind",
            "count", "network", "participants", "milestone", "note");

    private FormFields() {
    }

    static String of(String apiField, ReportKind kind) {
        // commitmentIds[0] is the commitment picked first; any later one was picked among the further ones.
        if (apiField.matches("commitmentIds\\[[1-9]\\d*].*")) {
            return "alsoFor";
        }
        String field = apiField.replaceAll("\\[\\d+]", "").replaceAll("\\.<[^>]*>$", "");
        return switch (field) {
            case "commitmentId", "commitmentIds" -> "commitmentId";
            case "visitedOn", "occurredOn", "heldOn", "reachedOn" -> "date";
            case "place.name", "place" -> kind == ReportKind.ACTIVITY ? "activityPlace" : "placeName";
            case "place.area" -> kind == ReportKind.ACTIVITY ? "activityPlace" : "placeArea";
            case "problemPicture" -> "problemPicture";
            case "measures" -> "measures";
            case "kind" -> "activityKind";
            case "count" -> "count";
            case "network" -> "network";
            case "participants" -> "participants";
            case "notes" -> switch (kind) {
                case ACTIVITY -> "activityNotes";
                case MILESTONE -> "milestoneNotes";
                default -> "meetingNotes";
            };
            case "milestone" -> "milestone";
            case "note", "noteId" -> "note";
            default -> ReportSubmission.FORM;
        };
    }

    static String message(String field, ConstraintViolation<?> violation, PageWords words) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        // Numbers as text: the limits read as in the request records' constraints, without grouping.
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> words.say(REQUIRED.contains(field)
                    ? "reportform.required." + field : "reportform.required");
            case "Size" -> words.say("reportform.tooLong", String.valueOf(attributes.get("max")));
            case "Min" -> words.say("reportform.atLeast", String.valueOf(attributes.get("value")));
            case "Max" -> words.say("reportform.atMost", String.valueOf(attributes.get("value")));
            default -> words.say("reportform.invalid");
        };
    }
}
