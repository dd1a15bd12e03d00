package se.lofteskollen.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurable target of a commitment, read from the promise's text. A commitment with no target
 * is ongoing: its progress is shown by what is reported on it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Target.Count.class, name = "COUNT"),
        @JsonSubTypes.Type(value = Target.Cadence.class, name = "CADENCE"),
        @JsonSubTypes.Type(value = Target.Deadline.class, name = "DEADLINE"),
        @JsonSubTypes.Type(value = Target.Increase.class, name = "INCREASE")
})
public sealed interface Target {

    /** Does a report of this measure move this target? Deadlines move only by milestones. */
    boolean counts(Measure measure);

    /** At least {@code atLeast} reports of the measure in the promise year. */
    record Count(Measure measure, int atLeast) implements Target {
        public Count {
            Objects.requireNonNull(measure, "measure");
            if (atLeast < 1) {
                throw new IllegalArgumentException("a count target needs at least one");
            }
        }

        @Override
        public boolean counts(Measure reported) {
            return measure.equals(reported);
        }
    }

    /** How often a rhythm asks for a report: every ISO week (Monday to Sunday), or every calendar month. */
    enum Period {
        WEEK,
        MONTH
    }

    /**
     * At least one report of the measure in every period of the year: every ISO week ("varje vecka"), or every month
     * ("en gång i månaden"). Events before the period was stated (CommitmentPledged revision 3, CommitmentRevised
     * revision 2) meant weekly; the upcasters say so.
     */
    record Cadence(Measure measure, Period period) implements Target {
        public Cadence {
            Objects.requireNonNull(measure, "measure");
            if (period == null) {
                throw new IllegalArgumentException("a rhythm names its period, WEEK or MONTH");
            }
        }

        @Override
        public boolean counts(Measure reported) {
            return measure.equals(reported);
        }
    }

    /** A named milestone reached by a date. */
    record Deadline(String milestone, LocalDate dueOn) implements Target {
        public Deadline {
            if (milestone == null || milestone.isBlank()) {
                throw new IllegalArgumentException("a deadline names its milestone");
            }
            Objects.requireNonNull(dueOn, "dueOn");
        }

        @Override
        public boolean counts(Measure reported) {
            return false;
        }
    }

    /** More reports of the measure than a baseline (usually last year's figure) set by a coordinator. */
    record Increase(Measure measure) implements Target {
        public Increase {
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public boolean counts(Measure reported) {
            return measure.equals(reported);
        }
    }
}
