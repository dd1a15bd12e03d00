package se.lofteskollen.platform.pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.lofteskollen.platform.security.WebSecurityAutoConfiguration;

/**
 * What every service with browser pages serves alike: the accessibility statement and the error pages (for
 * failures in {@link BrowserPage} controllers, and the container's error page when a browser asks). A service
 * has pages when it names their stylesheet ({@code lofteskollen.pages.stylesheet}); {@code lofteskollen.pages.home}
 * is where their header's name leads.
 */
@AutoConfiguration(before = WebSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("lofteskollen.pages.stylesheet")
@Import({AccessibilityStatement.class, PageFailures.class, UnknownPaths.class})
public class PagesAutoConfiguration {

    @Bean
    ErrorPages errorPages(@Value("${lofteskollen.pages.stylesheet}") String stylesheet,
                          @Value("${lofteskollen.pages.home:/}") String home) {
        return new ErrorPages(stylesheet, home);
    }

    /** In place of the platform's problem-only error controller, which steps aside for any other. */
    @Bean
    PageErrorController pageErrorController(ErrorPages pages) {
        return new PageErrorController(pages);
    }
}
