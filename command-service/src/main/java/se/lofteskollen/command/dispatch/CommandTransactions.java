package se.lofteskollen.command.dispatch;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import se.lofteskollen.command.lookup.CheckedAtAppend;

/**
 * The transaction each command is handled in: Spring's, as Axon would open it, except for a command
 * {@link CheckedAtAppend}, whose one write is a statement committed on its own. A transaction around it would only
 * add a BEGIN and a COMMIT, a second round trip to PostgreSQL. The command bus starts it as the command's unit of
 * work begins, so the unit of work's message is the command.
 */
final class CommandTransactions implements TransactionManager {

    private final TransactionManager spring;

    CommandTransactions(TransactionManager spring) {
        this.spring = spring;
    }

    @Override
    public Transaction startTransaction() {
        boolean checkedAtAppend = CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage().getPayload() instanceof CheckedAtAppend;
        return checkedAtAppend ? NoTransactionManager.INSTANCE.startTransaction() : spring.startTransaction();
    }
}
