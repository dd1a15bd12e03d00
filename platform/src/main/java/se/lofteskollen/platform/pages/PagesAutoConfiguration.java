package se.lofteskollen.platform.pages;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** What every service with browser pages serves alike; a service has pages when it names their stylesheet. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("lofteskollen.pages.stylesheet")
@Import(AccessibilityStatement.class)
public class PagesAutoConfiguration {
}
