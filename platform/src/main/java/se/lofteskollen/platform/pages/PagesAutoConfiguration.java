package se.lofteskollen.platform.pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import se.lofteskollen.platform.security.WebSecurityAutoConfiguration;

/**
 * What every service with browser pages serves alike: the two languages, the accessibility statement and the error pages (for
 * failures in {@link BrowserPage} controllers, and the container's error page when a browser asks). A service
 * has pages when it names their stylesheet ({@code lofteskollen.pages.stylesheet}); {@code lofteskollen.pages.home}
 * is where their header's name leads.
 */
@AutoConfiguration(before = {WebSecurityAutoConfiguration.class, WebMvcAutoConfiguration.class,
        MessageSourceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("lofteskollen.pages.stylesheet")
@Import({AccessibilityStatement.class, PageFailures.class, UnknownPaths.class, LanguageSwitch.class})
public class PagesAutoConfiguration {

    @Bean
    ErrorPages errorPages(@Value("${lofteskollen.pages.stylesheet}") String stylesheet,
                          @Value("${lofteskollen.pages.home:/}") String home, MessageSource messageSource) {
        return new ErrorPages(stylesheet, home, messageSource);
    }

    /** Every page's words, from the bundles of each part of the pages (PageLanguage). */
    @Bean
    MessageSource messageSource() {
        return PageLanguage.messages();
    }

    @Bean
    OtherService otherService(@Value("${lofteskollen.pages.command-service-url:}") String commandService,
                              @Value("${lofteskollen.pages.query-service-url:}") String queryService) {
        return new OtherService(commandService, queryService);
    }

    @Bean
    PageWords pageWords(MessageSource messageSource) {
        return new PageWords(messageSource);
    }

    /** The reader's language: asked by {@code ?lang=}, remembered in a cookie, else the browser's, else Swedish. */
    @Bean
    LocaleResolver localeResolver() {
        // Work done outside a request (a background refresh, a scheduled task) speaks Swedish too, never the machine's.
        LocaleContextHolder.setDefaultLocale(PageLanguage.SWEDISH);
        return PageLanguage.resolver();
    }

    @Bean
    WebMvcConfigurer languageParameter() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor asked = new LocaleChangeInterceptor();
                asked.setParamName(PageLanguage.PARAMETER);
                asked.setIgnoreInvalidLocale(true);
                asked.setHttpMethods("GET", "HEAD");
                registry.addInterceptor(asked);
            }
        };
    }

    /** In place of the platform's problem-only error controller, which steps aside for any other. */
    @Bean
    PageErrorController pageErrorController(ErrorPages pages) {
        return new PageErrorController(pages);
    }
}
