package se.lofteskollen.query.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import se.lofteskollen.query.readmodels.PromiseEventSequencing;

import java.util.ArrayList;
import java.util.List;

/**
 * The rebuild's processor handles events with the live processor's handlers, but not with its dead-lettering
 * invokers: an invoker's sequence cache says which sequences are parked, and the rebuild's run parks in its own
 * table (the shadow's {@code dead_letter_entry}) what the live one does not, and the other way round. Sharing it
 * would let one run's "nothing parked here" release a sequence the other holds back. So each group gets a second
 * invoker over the same handlers, with the same policy and a queue that resolves to the shadow's table.
 */
public class RebuildDeadLetters {

    private final OneEventAtATime oneAtATime;
    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final MeterRegistry meters;
    private final PromiseEventSequencing sequencing;

    RebuildDeadLetters(OneEventAtATime oneAtATime, ConnectionProvider connections, TransactionManager transactions,
                       MeterRegistry meters, PromiseEventSequencing sequencing) {
        this.oneAtATime = oneAtATime;
        this.connections = connections;
        this.transactions = transactions;
        this.meters = meters;
        this.sequencing = sequencing;
    }

    /** The live processor's invoker again, each group with dead letters of its own. */
    public EventHandlerInvoker invokerLike(EventHandlerInvoker live, Configuration configuration) {
        List<EventHandlerInvoker> groups = new ArrayList<>();
        List<EventHandlerInvoker> delegates = live instanceof MultiEventHandlerInvoker several
                ? several.delegates() : List.of(live);
        for (EventHandlerInvoker delegate : delegates) {
            if (!(delegate instanceof SimpleEventHandlerInvoker handlers) || handlers.eventHandlers().isEmpty()) {
                throw new IllegalStateException("a read model's handlers are not where a rebuild expects them: " + delegate);
            }
            String group = groupOf(handlers.eventHandlers().get(0));
            groups.add(DeadLetteringEventHandlerInvoker.builder()
                    .eventHandlers(new ArrayList<Object>(handlers.eventHandlers()))
                    .sequencingPolicy(sequencing)
                    .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                    .queue(DeadLetterConfiguration.queue(group, configuration, connections, transactions, meters))
                    .enqueuePolicy(new ParkingPolicy(oneAtATime, group))
                    .transactionManager(transactions)
                    .allowReset(true)
                    .enableSequenceIdentifierCache()
                    .build());
        }
        return new MultiEventHandlerInvoker(groups);
    }

    private static String groupOf(EventMessageHandler handler) {
        Class<?> type = handler instanceof AnnotationEventHandlerAdapter adapter ? adapter.getTargetType() : handler.getClass();
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            ProcessingGroup group = level.getAnnotation(ProcessingGroup.class);
            if (group != null) {
                return group.value();
            }
        }
        throw new IllegalStateException("no processing group on " + type);
    }
}
