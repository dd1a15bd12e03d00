package se.lofteskollen.events.promise;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.PromiseEvent;

import java.util.List;

/**
 * A year's citizen promise between a local police area and a municipality was drawn up, with the priority areas
 * and parties it names, and the police region and county it belongs to (which a national roll-up groups by).
 *
 * <p>Revision 2 added the areas, the parties, the police region and the county; revision 1 events are read into
 * it by {@link se.lofteskollen.events.upcasting.PromiseCreatedToRevision2}. Revision 3 names the organisation that
 * acts as each party ({@link PromiseParty#organisation()}); revision 2 events are read into it by
 * {@link se.lofteskollen.events.upcasting.PromiseCreatedToRevision3}. Revision 4 names the promise it follows, when it
 * was renewed from last year's; before, none was named.
 *
 * @param policeRegion the police region, e.g. "Polisregion Öst"; null when the promise did not state it
 * @param county       the county, e.g. "Kalmar län"; null when the promise did not state it
 * @param predecessorId the promise of the year before that this one was renewed from; null for a first promise
 */
@Revision("4")
public record PromiseCreated(String promiseId,
                             int year,
                             String title,
                             String policeArea,
                             String municipality,
                             List<PriorityArea> priorityAreas,
                             List<PromiseParty> parties,
                             String policeRegion,
                             String county,
                             String predecessorId) implements PromiseEvent {

    /** The promise's own events follow one another. */
    @Override
    public String sequenceId() {
        return promiseId;
    }
}
