package se.lofteskollen.query.web;

/** The id asked for is not in the read model (or was not known at the knownAt asked for). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
