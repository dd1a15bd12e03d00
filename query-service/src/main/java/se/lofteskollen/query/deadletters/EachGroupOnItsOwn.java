package se.lofteskollen.query.deadletters;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import se.lofteskollen.query.readmodels.RowBatch;

/**
 * While events are handled one at a time ({@link OneEventAtATime}), every event handler runs on its own: before the
 * first handler of a processing group takes an event, the group's savepoint is set, and every handler writes its
 * rows as it returns. A row PostgreSQL refuses then fails inside the handler, where Axon's dead-lettering invoker of
 * that group sees which event it was, and undoing it
 * ({@link OneEventAtATime#undo}) takes back that group's writes of that event only: the other groups, which share
 * the processor, the event and the transaction, keep theirs. Otherwise nothing changes: rows wait for the batch.
 */
public class EachGroupOnItsOwn implements HandlerEnhancerDefinition {

    /** The group of a handler's class (its own, not the class that declares an inherited handler method). */
    private static final ClassValue<String> GROUPS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            for (Class<?> level = type; level != null; level = level.getSuperclass()) {
                ProcessingGroup group = level.getAnnotation(ProcessingGroup.class);
                if (group != null) {
                    return group.value();
                }
            }
            return type.getName();
        }
    };

    /**
     * Looked up at the first event, not at each: this enhancer is made before the beans it needs, and a lookup in the
     * bean factory per handler call was 6 % of the query-service's CPU under load.
     */
    private final SingletonSupplier<OneEventAtATime> oneAtATime;
    private final SingletonSupplier<RowBatch> rows;

    public EachGroupOnItsOwn(ObjectProvider<OneEventAtATime> oneAtATime, ObjectProvider<RowBatch> rows) {
        this.oneAtATime = SingletonSupplier.of(oneAtATime::getObject);
        this.rows = SingletonSupplier.of(rows::getObject);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                OneEventAtATime events = oneAtATime.obtain();
                boolean onItsOwn = events.active();
                if (onItsOwn) {
                    events.enterGroup(GROUPS.get(target.getClass()), message);
                }
                Object result = super.handle(message, target);
                if (onItsOwn) {
                    rows.obtain().flush();
                }
                return result;
            }
        };
    }
}
