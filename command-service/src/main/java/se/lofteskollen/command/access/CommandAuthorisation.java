package se.lofteskollen.command.access;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CommandPermissions} in front of every command handler, on the command bus: no command reaches
 * an aggregate unless its sender may send it. It runs inside the command's unit of work (and its transaction, where
 * it has one: the bus opens it first), so it reads the same lookup the aggregate will.
 */
@Component
class CommandAuthorisation implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandPermissions permissions;

    CommandAuthorisation(CommandPermissions permissions) {
        this.permissions = permissions;
    }

    @Autowired
    void guard(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        permissions.check(command.getPayload(), command.getMetaData());
        return interceptorChain.proceed();
    }
}
