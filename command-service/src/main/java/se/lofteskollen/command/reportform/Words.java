package se.lofteskollen.command.reportform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The report form's words (messages/reportform_sv and _en), in the language of the request being answered. */
@Component
class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale());
    }

    /** "6 december 2026", "6 December 2026". */
    String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(say("reportform.confirmation.day"), locale()));
    }

    /** "1.1, 5.2 och 6.3". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + say("reportform.confirmation.and")
                + items.get(items.size() - 1);
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
