package se.lofteskollen.command.dispatch;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.eventstore.AppendedEvents;

/**
 * Answers every command with the {@link AppendedEvents} of its unit of work instead of its handler's return
 * value (which no caller here uses). The command bus returns that answer only once the unit of work has
 * committed, and by then the append has filled in the positions PostgreSQL gave the events.
 */
@Component
class AppendedPositions implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Autowired
    void answerEveryCommand(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        AppendedEvents appended = AppendedEvents.ofCurrentUnitOfWork()
                .orElseThrow(() -> new IllegalStateException("a command handled outside a unit of work"));
        interceptorChain.proceed();
        return appended;
    }
}
