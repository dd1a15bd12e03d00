package se.lofteskollen.query.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.commitment.CommitmentPledged;

import java.time.Instant;
import java.util.stream.Collectors;

@Component
@ProcessingGroup("commitments")
public class CommitmentProjection {

    private final CommitmentViewRepository commitments;
    private final ObjectMapper json;

    public CommitmentProjection(CommitmentViewRepository commitments, ObjectMapper json) {
        this.commitments = commitments;
        this.json = json;
    }

    @EventHandler
    void on(CommitmentPledged event, @Timestamp Instant recordedAt) throws JsonProcessingException {
        if (commitments.existsById(event.commitmentId())) {
            return; // already projected: a redelivered event changes nothing
        }
        String responsible = event.responsible().stream().map(Party::name).sorted().collect(Collectors.joining(","));
        commitments.save(new CommitmentView(event.commitmentId(), event.promiseId(), event.code(),
                event.priorityArea().name(), responsible, event.text(), json.writeValueAsString(event.targets()),
                recordedAt));
    }
}
