package se.lofteskollen.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The two languages the pages speak: Swedish, which every page starts in, and English on request. A reader's
 * browser asks by {@code Accept-Language}; a reader asks by {@code ?lang=en} (or {@code ?lang=sv}), which a cookie
 * remembers. Any other language is Swedish. Every text of a page is in the message bundles
 * {@code messages/<part>_sv.properties} and {@code messages/<part>_en.properties} on the class path, each part of
 * the pages keeping its own pair; all of them are read, and a key missing in one language is a fault, never the
 * other language in its place.
 */
public final class PageLanguage {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SPOKEN = List.of(SWEDISH, ENGLISH);
    /** The query parameter a reader switches language by. */
    public static final String PARAMETER = "lang";
    static final String COOKIE = "lofteskollen-lang";

    private PageLanguage() {
    }

    /** The spoken language nearest to {@code asked}: English for any English, Swedish for everything else. */
    public static Locale nearest(Locale asked) {
        return asked != null && ENGLISH.getLanguage().equals(asked.getLanguage()) ? ENGLISH : SWEDISH;
    }

    /** The first of a browser's languages (most wanted first) that the pages speak; Swedish when none is. */
    static Locale ofBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return SWEDISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale spoken : SPOKEN) {
                if (spoken.getLanguage().equals(wanted.getLanguage())) {
                    return spoken;
                }
            }
        }
        return SWEDISH;
    }

    static LocaleResolver resolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                // A language the pages do not speak is not remembered: the reader gets Swedish, as with none.
                super.setLocale(request, response, locale == null ? null : nearest(locale));
            }
        };
        resolver.setDefaultLocaleFunction(PageLanguage::ofBrowser);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * The bundles of every part on the class path. Swedish is what a message falls back to only through the
     * resolver (no system language is ever used), so an English page never shows a key the English bundle lacks as
     * Swedish: it shows the key, which the tests look for.
     */
    static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(SWEDISH);
        return messages;
    }

    static List<String> basenames() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_sv.properties")) {
                String file = Objects.requireNonNull(bundle.getFilename());
                names.add("messages/" + file.substring(0, file.length() - "_sv.properties".length()));
            }
            return List.copyOf(names);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
