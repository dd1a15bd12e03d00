package se.lofteskollen.query.commitmentdetail;

import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.ProgressRules.PacePoint;
import se.lofteskollen.query.progress.ProgressRules.PeriodMark;

import java.util.List;

/**
 * How one target came along through the year up to asOf: a counted target's count week by week beside its pace
 * ({@code pace}), or a rhythm's weeks or months each covered, missing, running or ahead ({@code periods}). The
 * other list is empty; both are, for a deadline or an increase.
 */
public record TargetCourse(Target target, List<PacePoint> pace, List<PeriodMark> periods) {
}
