package se.lofteskollen.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * PostgreSQL's unique violation (SQLSTATE 23505) anywhere in the cause chain, which Axon turns into a conflict
 * (a taken new aggregate id, or a taken sequence number). Axon's own {@code SQLErrorCodesResolver} asks first
 * whether the cause is JPA's {@code EntityExistsException}, and so fails with {@code NoClassDefFoundError} in a
 * service without JPA, such as the command-service.
 */
final class UniqueKeyViolation implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
