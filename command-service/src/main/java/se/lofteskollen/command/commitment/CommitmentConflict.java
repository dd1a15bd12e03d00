package se.lofteskollen.command.commitment;

/** A command that contradicts what the commitment already is. */
public class CommitmentConflict extends RuntimeException {
    public CommitmentConflict(String message) {
        super(message);
    }
}
