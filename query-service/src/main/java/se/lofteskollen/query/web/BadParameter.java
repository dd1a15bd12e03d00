package se.lofteskollen.query.web;

/** A query parameter that parses but makes no sense (a negative position, from after to). */
public class BadParameter extends RuntimeException {

    private final String field;

    public BadParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
