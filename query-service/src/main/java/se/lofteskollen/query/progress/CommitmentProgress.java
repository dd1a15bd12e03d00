package se.lofteskollen.query.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One commitment's progress as of a date, as known at an instant. The text, responsible parties and
 * targets are those of the version in force at knownAt.
 *
 * @param targets        empty for an ongoing commitment (its status is ACTIVE or QUIET)
 * @param lastReportedOn the latest day on or before asOf that something counted was reported on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentProgress(String commitmentId,
                                 String code,
                                 PriorityArea priorityArea,
                                 String text,
                                 Set<Party> responsible,
                                 Status status,
                                 List<TargetProgress> targets,
                                 Integer baseline,
                                 String baselineBasis,
                                 LocalDate lastReportedOn,
                                 Instant withdrawnAt,
                                 String withdrawalReason) {

    public boolean withdrawn() {
        return status == Status.WITHDRAWN;
    }
}
