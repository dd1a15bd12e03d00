package se.lofteskollen.command.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.lofteskollen.command.report.NewReport;
import se.lofteskollen.command.report.Reporting;
import se.lofteskollen.command.report.Reporting.ActivityRequest;
import se.lofteskollen.command.report.Reporting.MeetingRequest;
import se.lofteskollen.command.report.Reporting.PlaceRequest;
import se.lofteskollen.command.report.Reporting.PlaceVisitRequest;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of an import as the report the API would take: the same request record, checked against the same
 * constraints, made into the same command. A refusal names the import's column, not the API's field.
 */
final class ImportRow {

    static final String PLACE_VISIT = "PLACE_VISIT";
    static final String MEETING = "MEETING:";

    private ImportRow() {
    }

    /** The report of {@code row} under {@code reportId}; an {@link InvalidCommand} naming the column otherwise. */
    static NewReport report(CsvFile.Row row, String reportId, Reporting reporting, Validator validator) {
        String kind = row.get("kind");
        List<String> commitmentIds = commitmentIds(row.get("commitmentIds"));
        LocalDate date = date(row.get("occurredOn"));
        PlaceRequest place = row.get("place") == null && row.get("area") == null ? null
                : new PlaceRequest(row.get("place"), row.get("area"), null, null);
        try {
            if (PLACE_VISIT.equals(kind)) {
                if (commitmentIds.size() > 1) {
                    throw new InvalidCommand("commitmentIds", "refusal.import.placeVisitOneCommitment");
                }
                return reporting.placeVisit(valid(new PlaceVisitRequest(reportId,
                        commitmentIds.isEmpty() ? null : commitmentIds.get(0), place, date, row.get("notes"),
                        row.get("measures")), validator), reportId);
            }
            if (kind != null && kind.startsWith(MEETING)) {
                return reporting.meeting(valid(new MeetingRequest(reportId, network(kind), date, commitmentIds,
                        number(row, "participants"), row.get("notes")), validator), reportId);
            }
            return reporting.activity(valid(new ActivityRequest(reportId, activity(kind), commitmentIds, date,
                    number(row, "count"), place, row.get("notes")), validator), reportId);
        } catch (InvalidCommand refused) {
            throw refused.field() == null ? refused : refused.at(column(refused.field()));
        }
    }

    /** The column of the import that carries a request's or a command's field. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        String base = field.replaceAll("\\[\\d+]", "");
        return switch (base) {
            case "meetingId", "visitId", "activityId" -> "externalId";
            case "network" -> "kind";
            case "heldOn", "visitedOn", "occurredOn" -> "occurredOn";
            case "commitmentId", "commitmentIds" -> "commitmentIds";
            case "place", "place.name" -> "place";
            case "place.area" -> "area";
            case "problemPicture" -> "notes";
            default -> base;
        };
    }

    private static <T> T valid(T request, Validator validator) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        violations.stream().min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidCommand(violation.getPropertyPath().toString(), "refusal.import.constraint", violation.getMessage());
                });
        return request;
    }

    private static List<String> commitmentIds(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim)
                .filter(id -> !id.isEmpty()).toList();
    }

    private static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException notADate) {
            throw new InvalidCommand("occurredOn", "refusal.import.notADate", cell);
        }
    }

    private static Integer number(CsvFile.Row row, String column) {
        String cell = row.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException notANumber) {
            throw new InvalidCommand(column, "refusal.import.notANumber", cell);
        }
    }

    private static Network network(String kind) {
        String name = kind.substring(MEETING.length());
        return Arrays.stream(Network.values()).filter(network -> network.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidCommand("kind", "refusal.import.noNetwork", name, names(Network.values())));
    }

    private static ActivityKind activity(String kind) {
        if (kind == null) {
            return null;
        }
        return Arrays.stream(ActivityKind.values()).filter(activity -> activity.name().equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidCommand("kind", "refusal.import.unknownKind", kind, PLACE_VISIT, MEETING,
                        names(Network.values()), names(ActivityKind.values())));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
