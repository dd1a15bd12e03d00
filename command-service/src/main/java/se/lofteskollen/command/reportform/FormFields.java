package se.lofteskollen.command.reportform;

import jakarta.validation.ConstraintViolation;

import java.util.Map;

/**
 * Where on the form an answer belongs: the report API names fields by its request records ({@code visitedOn},
 * {@code place.name}, {@code commitmentIds[0]}); the form has one field for each. And what a broken constraint
 * of those records means, in Swedish.
 */
final class FormFields {

    private static final Map<String, String> REQUIRED = Map.of(
            "commitmentId", "Välj ett löfte.",
            "date", "Ange datum.",
            "placeName", "Skriv platsens namn.",
            "measures", "Beskriv vad ni gjorde på platsen.",
            "activityKind", "Välj slag av aktivitet.",
            "count", "Ange antal.",
            "network", "Välj nätverk.",
            "participants", "Ange antal deltagare.");

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
            case "visitedOn", "occurredOn", "heldOn" -> "date";
            case "place.name", "place" -> kind == ReportKind.ACTIVITY ? "activityPlace" : "placeName";
            case "place.area" -> kind == ReportKind.ACTIVITY ? "activityPlace" : "placeArea";
            case "problemPicture" -> "problemPicture";
            case "measures" -> "measures";
            case "kind" -> "activityKind";
            case "count" -> "count";
            case "network" -> "network";
            case "participants" -> "participants";
            case "notes" -> kind == ReportKind.ACTIVITY ? "activityNotes" : "meetingNotes";
            default -> ReportSubmission.FORM;
        };
    }

    static String message(String field, ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> REQUIRED.getOrDefault(field, "Fyll i fältet.");
            case "Size" -> "Högst " + attributes.get("max") + " tecken.";
            case "Min" -> "Minst " + attributes.get("value") + ".";
            case "Max" -> "Högst " + attributes.get("value") + ".";
            default -> "Ogiltigt värde.";
        };
    }
}
