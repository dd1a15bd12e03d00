package se.lofteskollen.query.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.lofteskollen.events.Measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One commitment's progress as of a date, as known at an instant. The text, responsible parties and
 * targets are those of the version in force at knownAt.
 *
 * @param priorityArea   the code of one of the promise's priority areas, e.g. {@code 6}
 * @param responsible    codes of the promise's parties, e.g. {@code POLICE}
 * @param targets        empty for an ongoing commitment (its status is ACTIVE or QUIET)
 * @param lastReportedOn the latest day on or before asOf that something counted was reported on
 * @param done           what was reported on it this year up to asOf, by what was counted ("37 orossamtal"), each
 *                       report once; what an ongoing commitment shows instead of a target
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentProgress(String commitmentId,
                                 String code,
                                 String priorityArea,
                                 String text,
                                 Set<String> responsible,
                                 Status status,
                                 List<TargetProgress> targets,
                                 Integer baseline,
                                 String baselineBasis,
                                 LocalDate lastReportedOn,
                                 Instant withdrawnAt,
                                 String withdrawalReason,
                                 List<Done> done) {

    public boolean withdrawn() {
        return status == Status.WITHDRAWN;
    }

    /** How many of one kind were reported: an activity adds its count, a meeting or a visit one. */
    public record Done(Measure measure, int count) {
    }
}
