package se.lofteskollen.query.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.lofteskollen.events.Target;

import java.time.LocalDate;

/**
 * One target's progress on the asOf date.
 *
 * @param required  COUNT: N; CADENCE: the weeks elapsed; DEADLINE: 1; INCREASE: the baseline (null without one)
 * @param achieved  COUNT and INCREASE: the count; CADENCE: the weeks with a report; DEADLINE: 1 when reached
 * @param expected  COUNT: floor(N × days elapsed / days in year); CADENCE: the weeks that have ended;
 *                  INCREASE: the smallest count above the baseline pro rata; DEADLINE: null
 * @param missing   CADENCE only: ended weeks without a report
 * @param reachedOn DEADLINE only: the day the milestone was reached
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetProgress(Target target,
                             String type,
                             Integer required,
                             int achieved,
                             Integer expected,
                             Integer missing,
                             LocalDate reachedOn,
                             Status status) {
}
