package se.lofteskollen.platform.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of browser pages: what fails in it is answered with a page in the reader's language
 * ({@link PageFailures}), not with the problem+json its service's API answers, and its pages have the link to the
 * other language ({@link LanguageSwitch}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BrowserPage {
}
