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

import java.time.Instant;
import java.util.List;

@Component
@ProcessingGroup(Processors.COMMITMENTS)
public class PromiseProjection {

    private final PromiseViewRepository promises;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PromiseProjection(PromiseViewRepository promises, JdbcTemplate jdbc, ObjectMapper json) {
        this.promises = promises;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PromiseCreated event, @Timestamp Instant recordedAt, TrackingToken token) {
        if (promises.findById(event.promiseId()).isEmpty()) {
            promises.save(new PromiseView(event.promiseId(), event.year(), event.title(), event.policeArea(),
                    event.municipality(), recordedAt, Processors.positionOf(token)));
        }
    }

    @EventHandler
    void on(PromiseSigned event, @Timestamp Instant recordedAt, TrackingToken token) throws JsonProcessingException {
        String signatories = json.writeValueAsString(event.signatories() == null ? List.of() : event.signatories());
        promises.findById(event.promiseId())
                .filter(promise -> promise.advanceTo(Processors.positionOf(token)))
                .ifPresent(promise -> promise.sign(event.signedOn(), signatories, recordedAt));
    }

    @EventHandler
    void on(PromiseClosed event, @Timestamp Instant recordedAt, TrackingToken token) {
        promises.findById(event.promiseId())
                .filter(promise -> promise.advanceTo(Processors.positionOf(token)))
                .ifPresent(promise -> promise.close(event.closedOn(), event.summary(), recordedAt));
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.update("DELETE FROM promise_view");
    }
}
