package se.lofteskollen.query.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer is public for a signed promise (the citizens' page, the deadline calendar), so that
 * {@link ReadersOnly} lets anyone through to it: the handler itself answers only for signed promises. Every other
 * handler naming a promise or a commitment is for that promise's readers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenForSignedPromises {
}
