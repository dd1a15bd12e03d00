package se.lofteskollen.command.lookup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lookup must never lag behind or disagree with the event store, so its processor is subscribing
 * (same thread, same transaction as the append) and its errors propagate to the command instead of
 * being logged and skipped (Axon's default for event handlers). Set here rather than in a properties
 * file, because no deployment may choose otherwise. The {@link LookupPosition} moves on with each event the
 * handlers take, in the same transaction.
 */
@Configuration
public class LookupConfiguration {

    public static final String PROCESSING_GROUP = "command-lookup";

    @Bean
    ConfigurerModule lookupInTheCommandsTransaction(LookupPosition position) {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(PROCESSING_GROUP, configuration -> position);
    }
}
