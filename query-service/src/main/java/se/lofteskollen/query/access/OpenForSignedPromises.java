package se.lofteskollen.query.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer is public for a signed promise (the citizens' page, the deadline calendar, the live
 * progress stream), so that {@link ReadersOnly} lets anyone through to it. Every other handler naming a promise or a
 * commitment is for that promise's readers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenForSignedPromises {

    /**
     * Whether an unsigned promise's readers get the same answer, decided by {@link ReadersOnly} (signed: anyone;
     * unsigned: its readers only, 403 to others). Without it, anyone is let through and the handler itself answers only
     * for signed promises (404 for an unsigned one).
     */
    boolean andForReadersOfUnsigned() default false;
}
