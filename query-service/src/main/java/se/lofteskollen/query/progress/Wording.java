package se.lofteskollen.query.progress;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.pages.PageLanguage;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of progress (statuses, measures, sentences such as "64 av 100 platsbesök") in the reader's language,
 * from the message bundle {@code messages/progress}.
 * <p>
 * A static holder of the application's {@link MessageSource}, because {@link ProgressInWords}, {@link MeasureNames}
 * and {@link Status} are static and called as such from every page and the follow-up report: giving each caller a
 * bean instead would change all their signatures at once. The application hands its MessageSource over at start-up
 * ({@link FromTheApplication}); until then (a test without a Spring context) the same bundle is read directly, so
 * the words are the same either way. Outside a request no one has asked for a language, and the words are Swedish.
 */
public final class Wording {

    private static volatile MessageSource messages = ownBundle();

    private Wording() {
    }

    /** The language of the request being answered: the reader's, or Swedish outside a request. */
    public static Locale reader() {
        LocaleContext asked = LocaleContextHolder.getLocaleContext();
        return asked == null ? PageLanguage.SWEDISH : PageLanguage.nearest(asked.getLocale());
    }

    /** The message {@code key} in the reader's language. */
    public static String say(String key, Object... arguments) {
        return say(reader(), key, arguments);
    }

    /**
     * The message {@code key} in {@code language}. Numbers are given as written (1000, 2025), not grouped by the
     * language's habit (Swedish would write "2 025" for a year).
     */
    public static String say(Locale language, String key, Object... arguments) {
        Object[] written = Arrays.stream(arguments).map(argument -> argument instanceof Number ? argument.toString() : argument)
                .toArray();
        return messages.getMessage(key, written, PageLanguage.nearest(language));
    }

    /** The message {@code key} in {@code language}, or {@code otherwise} when the bundles have no such message. */
    static String sayOr(Locale language, String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, PageLanguage.nearest(language));
    }

    private static MessageSource ownBundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("messages/progress", "messages/staff", "messages/milestones");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setDefaultLocale(PageLanguage.SWEDISH);
        return bundle;
    }

    /**
     * Hands the application's MessageSource, which reads every part's bundles, to the static callers; a service
     * started without pages has Spring's empty one, which the bundle read directly stands in for.
     */
    @Component
    static class FromTheApplication {

        FromTheApplication(MessageSource applicationMessages) {
            if (applicationMessages.getMessage("progress.status.ON_TRACK", null, null, PageLanguage.SWEDISH) != null) {
                messages = applicationMessages;
            }
        }
    }
}
