package se.lofteskollen.platform.pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words for a page being answered, in its reader's language ({@link PageLanguage}): a message of any part's bundle,
 * a day in words, a list in words. Arguments are put in as text, so that a year or a figure is written as the page
 * always wrote it ("2025", never "2 025" or "2,025").
 */
public class PageWords {

    private final MessageSource messages;

    PageWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in the reader's language. */
    public String say(String key, Object... arguments) {
        Object[] texts = Arrays.stream(arguments).map(argument -> argument instanceof Number ? argument.toString() : argument)
                .toArray();
        return messages.getMessage(key, texts.length == 0 ? null : texts, language());
    }

    /** The reader's language: Swedish unless English was asked for. */
    public Locale language() {
        return PageLanguage.nearest(LocaleContextHolder.getLocale());
    }

    /** "6 december 2026", "6 December 2026". */
    public String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(say("site.day"), language()));
    }

    /** "1.1, 5.2 och 6.3", "1.1, 5.2 and 6.3". */
    public String listed(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + say("site.and") + " "
                + items.get(items.size() - 1);
    }
}
