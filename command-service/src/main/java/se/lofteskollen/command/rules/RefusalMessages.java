package se.lofteskollen.command.rules;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A refusal as a page says it: its key of {@code messages/refusals} in the reader's language (the request's, through
 * Spring's {@code MessageSource}), in the page's own words where the bundle has them ({@code <key>.<page>}, e.g.
 * the reporters' form speaks of a commitment as a "löfte"), else in every form's ({@code <key>.form}, where the API's
 * English would leave a reader with a fragment or with Swedish). Which form field it is shown by is the page's to say.
 */
@Component
public class RefusalMessages {

    /** The suffix of every form's wording of a key, tried after a page's own. */
    static final String EVERY_FORM = "form";

    private final MessageSource messages;

    public RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The name a constraint's key is made of, from a request's field as bean validation names it:
     * {@code signatories[1].name} gives {@code name}, {@code responsible[].<iterable element>} gives {@code responsible}.
     */
    public static String lastName(String field) {
        return field.replaceAll("\\[\\d*]", "").replaceAll("\\.<[^>]*>$", "").replaceAll("^.*\\.", "");
    }

    public String say(Refusal refusal, String page) {
        return say(page, refusal.getArguments(), refusal.key());
    }

    /**
     * The first of {@code keys} the bundle has (each in {@code page}'s own words first), with {@code arguments}. A key
     * missing in both bundles is a fault the tests look for; the reader then sees the English text rather than an error.
     */
    public String say(String page, Object[] arguments, String... keys) {
        List<String> codes = new ArrayList<>();
        for (String key : keys) {
            codes.add(key + "." + page);
            codes.add(key + "." + EVERY_FORM);
            codes.add(key);
        }
        try {
            return messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new), arguments),
                    LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException missing) {
            return Refusal.of(keys[0], arguments).english();
        }
    }
}
