package se.lofteskollen.query.commitmentdetail;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.query.commitment.Author;
import se.lofteskollen.query.progress.CommitmentProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One commitment as known at knownAt: its text, parties and targets then, its progress on asOf, and every
 * report, milestone and note recorded on it by knownAt (retracted ones marked, with the reason).
 *
 * @param priorityArea       the code of one of the promise's priority areas, e.g. {@code 6}
 * @param priorityAreaName   the promise's name of that area (the code, when the promise does not name it)
 * @param responsible        codes of the promise's parties
 * @param responsibleParties the same parties with the promise's names, in the promise's order
 * @param progress null when the commitment's promise is not in the read model (its year is unknown)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentDetail(String commitmentId,
                               String promiseId,
                               String code,
                               String priorityArea,
                               String priorityAreaName,
                               Set<String> responsible,
                               List<PromiseParty> responsibleParties,
                               String text,
                               List<Target> targets,
                               Instant pledgedAt,
                               Instant revisedAt,
                               Withdrawal withdrawn,
                               Baseline baseline,
                               LocalDate asOf,
                               Instant knownAt,
                               CommitmentProgress progress,
                               List<Entry> reports) {

    public record Withdrawal(Instant at, String reason) {
    }

    public record Baseline(int value, String basis, Instant setAt) {
    }

    public record Person(String userId, String name, String organisation) {
        static Person of(Author author) {
            return author == null ? null : new Person(author.getUserId(), author.getUserName(), author.getOrganisation());
        }
    }

    public record PlaceAt(String name, String area, Double lat, Double lon) {
    }

    public record Retraction(Instant at, String reason, Person by) {
    }

    /**
     * A meeting, place visit, activity, milestone or status note.
     *
     * @param type MEETING, PLACE_VISIT, ACTIVITY, MILESTONE or STATUS_NOTE
     * @param occurredOn the day it happened (a note: the day it was written)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String id,
                        String type,
                        LocalDate occurredOn,
                        Instant recordedAt,
                        Person reportedBy,
                        String network,
                        String activityKind,
                        Integer count,
                        Integer participants,
                        PlaceAt place,
                        String problemPicture,
                        String measures,
                        String milestone,
                        String notes,
                        Retraction retracted) {
    }
}
