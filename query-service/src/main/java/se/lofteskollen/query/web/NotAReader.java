package se.lofteskollen.query.web;

/** The signed-in member reads no promise of this one's organisations: 403, on a page or in the API. */
public class NotAReader extends RuntimeException {

    public NotAReader(String promiseId) {
        super("promise " + promiseId + " is read only by its own organisations' staff and the national reader");
    }
}
