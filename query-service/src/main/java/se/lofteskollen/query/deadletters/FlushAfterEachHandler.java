package se.lofteskollen.query.deadletters;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import se.lofteskollen.query.replay.RowBatch;

import jakarta.persistence.EntityManager;

/**
 * While events are handled one at a time ({@link OneEventAtATime}), every event handler writes its rows as it
 * returns, batch rows and JPA changes alike, so that a row PostgreSQL refuses fails inside the handler, where
 * Axon's dead-lettering invoker sees which event it was. Otherwise nothing changes: rows wait for the batch.
 */
public class FlushAfterEachHandler implements HandlerEnhancerDefinition {

    private final ObjectProvider<OneEventAtATime> oneAtATime;
    private final ObjectProvider<RowBatch> rows;
    private final ObjectProvider<EntityManager> entityManager;

    public FlushAfterEachHandler(ObjectProvider<OneEventAtATime> oneAtATime, ObjectProvider<RowBatch> rows,
                                 ObjectProvider<EntityManager> entityManager) {
        this.oneAtATime = oneAtATime;
        this.rows = rows;
        this.entityManager = entityManager;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Object result = super.handle(message, target);
                if (oneAtATime.getObject().active()) {
                    rows.getObject().flush();
                    entityManager.getObject().flush();
                }
                return result;
            }
        };
    }
}
