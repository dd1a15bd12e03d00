package se.lofteskollen.query.report;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.pages.PageLanguage;

import java.util.Arrays;
import java.util.Locale;

/**
 * The report's own words in the reader's language ({@code messages/report_sv}, {@code report_en}). Every argument is
 * put in as text: a year or a figure is written as the report always wrote it, never grouped as "2 025".
 */
@Component
class ReportWords {

    private final MessageSource messages;

    ReportWords(MessageSource messages) {
        this.messages = messages;
    }

    String of(String key, Object... arguments) {
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return messages.getMessage(key, texts, locale());
    }

    /** The language of the request being answered: Swedish unless English was asked for. */
    Locale locale() {
        return PageLanguage.nearest(LocaleContextHolder.getLocale());
    }
}
