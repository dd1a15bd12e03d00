package se.lofteskollen.query.promise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.util.List;

/**
 * Promises with their own priority areas and parties, their signing and closing, written through the batch's
 * {@link RowBatch}.
 */
@Component
@ProcessingGroup(Processors.COMMITMENTS)
public class PromiseProjection {

    private final RowBatch rows;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PromiseProjection(RowBatch rows, JdbcTemplate jdbc, ObjectMapper json) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PromiseCreated event, @Timestamp Instant recordedAt, TrackingToken token) {
        new PromiseView(event.promiseId(), event.year(), event.title(), event.policeArea(), event.municipality(),
                event.policeRegion(), event.county(), event.predecessorId(), recordedAt, Processors.positionOf(token))
                .addTo(rows);
        AreasAndParties.addTo(rows, event.promiseId(), event.priorityAreas(), event.parties());
    }

    @EventHandler
    void on(PromiseSigned event, @Timestamp Instant recordedAt, TrackingToken token) throws JsonProcessingException {
        String signatories = json.writeValueAsString(event.signatories() == null ? List.of() : event.signatories());
        PromiseView.sign(rows, event.promiseId(), Processors.positionOf(token), event.signedOn(), signatories,
                recordedAt);
    }

    @EventHandler
    void on(PromiseClosed event, @Timestamp Instant recordedAt, TrackingToken token) {
        PromiseView.close(rows, event.promiseId(), Processors.positionOf(token), event.closedOn(), event.summary(),
                recordedAt);
    }

    @ResetHandler
    void forgetEverything() {
        // TRUNCATE, not DELETE: a rebuild then writes into fresh tables and indexes instead of beside a million
        // dead rows; it is transactional, so a failed reset leaves the old read model in place.
        jdbc.execute("TRUNCATE promise_party, promise_area, promise_view");
    }
}
