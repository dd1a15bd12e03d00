package se.lofteskollen.command.lookup;

/**
 * A command decided on what the {@link CommitmentDirectory} remembers of its commitments, without reading or locking
 * them in a transaction, and whose append checks, in the INSERT itself, that they are still as they were read
 * (see {@link JdbcCommitmentDirectory}). It has no transaction of its own: its only write is one event, committed by
 * that one statement. If the commitments changed meanwhile, nothing is stored and the command is decided again on
 * what holds now; a refusal is decided again once as well, since what was remembered may have been behind.
 */
public interface CheckedAtAppend {
}
