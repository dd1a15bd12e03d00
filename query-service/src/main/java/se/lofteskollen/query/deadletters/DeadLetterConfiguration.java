package se.lofteskollen.query.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.PromiseEventSequencing;
import se.lofteskollen.query.readmodels.RowBatch;

/**
 * Every processing group parks the events its read models cannot take in Axon's JDBC dead-letter queue (table
 * {@code dead_letter_entry}, V7), sequenced as the processors are ({@code PromiseEventSequencing}): a parked
 * event holds back the later events of its own sequence only, and the rest of the stream goes on.
 */
@Configuration
public class DeadLetterConfiguration {

    /**
     * Axon's defaults are 1,024 sequences of 1,024 letters; a full queue fails the batch and stops the group,
     * which is what parking is there to prevent. A read model with this many parked events needs a fix anyway.
     */
    private static final int MAX_SEQUENCES = 100_000;
    private static final int MAX_SEQUENCE_SIZE = 100_000;

    @Bean
    OneEventAtATime oneEventAtATime(JdbcTemplate jdbc, RowBatch rows) {
        return new OneEventAtATime(jdbc, rows);
    }

    @Bean
    static EachGroupOnItsOwn eachGroupOnItsOwn(ObjectProvider<OneEventAtATime> oneAtATime,
                                               ObjectProvider<RowBatch> rows) {
        return new EachGroupOnItsOwn(oneAtATime, rows);
    }

    /** A group's queue in {@code dead_letter_entry}: unqualified, so a rebuild's run parks in its shadow's table. */
    static ObservedDeadLetterQueue queue(String group, org.axonframework.config.Configuration configuration,
                                         ConnectionProvider connections, TransactionManager transactions,
                                         MeterRegistry meters) {
        return new ObservedDeadLetterQueue(group,
                JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .schema(DeadLetterSchema.builder().deadLetterTable("dead_letter_entry").build())
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .genericSerializer(configuration.serializer())
                        .eventSerializer(configuration.eventSerializer())
                        .maxSequences(MAX_SEQUENCES)
                        .maxSequenceSize(MAX_SEQUENCE_SIZE)
                        .build(),
                meters);
    }

    @Bean
    RebuildDeadLetters rebuildDeadLetters(OneEventAtATime oneAtATime, ConnectionProvider connections,
                                          TransactionManager transactions, MeterRegistry meters,
                                          PromiseEventSequencing sequencing) {
        return new RebuildDeadLetters(oneAtATime, connections, transactions, meters, sequencing);
    }

    @Bean
    ConfigurerModule deadLetterQueues(OneEventAtATime oneAtATime, ConnectionProvider connections,
                                      TransactionManager transactions, MeterRegistry meters) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : Processors.ALL) {
                ParkingPolicy policy = new ParkingPolicy(oneAtATime, group);
                processing.registerDeadLetterQueue(group, configuration -> queue(group, configuration, connections,
                                transactions, meters))
                        .registerDeadLetterPolicy(group, configuration -> policy)
                        // A rebuild (a reset) empties the group's queue with its tables; the sequence cache spares
                        // every event a lookup in the queue while nothing of its sequence is parked.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) ->
                                invoker.allowReset(true).enableSequenceIdentifierCache());
            }
            processing.registerDefaultHandlerInterceptor((configuration, processor) -> oneAtATime.interceptorFor(processor));
        };
    }
}
