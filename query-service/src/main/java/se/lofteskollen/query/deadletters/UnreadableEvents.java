package se.lofteskollen.query.deadletters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;
import se.lofteskollen.query.readmodels.Processors;

/**
 * An event whose type no class exists for here (a newer service wrote it, or a row was written by hand) is
 * parked, not silently skipped: Axon hands it over as {@link UnknownSerializedType}, and each read model would
 * otherwise go on without it unnoticed. One refusal per processing group, since each group parks its own.
 */
public abstract class UnreadableEvents {

    @EventHandler
    void on(UnknownSerializedType event) {
        throw new UnknownEventType(event.serializedType().getName(), event.serializedType().getRevision());
    }

    /** Thrown for every event of a type this service does not know, so that it is parked. */
    public static final class UnknownEventType extends RuntimeException {
        UnknownEventType(String type, String revision) {
            super("no class for event type " + type + (revision == null ? "" : " revision " + revision)
                    + " in this service; deploy the version that knows it, then retry");
        }
    }

    @Component
    @ProcessingGroup(Processors.COMMITMENTS)
    static class InCommitments extends UnreadableEvents {
    }

    @Component
    @ProcessingGroup(Processors.AUDIT)
    static class InAudit extends UnreadableEvents {
    }

    @Component
    @ProcessingGroup(Processors.PLACES)
    static class InPlaces extends UnreadableEvents {
    }
}
