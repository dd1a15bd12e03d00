package se.lofteskollen.command.rules;

import org.springframework.context.MessageSourceResolvable;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a refusal says: a key of the bundle {@code messages/refusals} and its arguments. The pages say it in the
 * reader's language through Spring's {@code MessageSource}; the API says it in English ({@link #english()}), which is
 * the refusal's exception message and the problem's {@code detail}, word for word as clients have always read it.
 * Arguments are kept as the text they were given (ids, codes, dates as ISO, years without a thousands separator),
 * so that no language formats them as numbers.
 */
public record Refusal(String key, List<String> arguments) implements MessageSourceResolvable, Serializable {

    /** The bundle's base name, as {@code ResourceBundle} and the pages' {@code MessageSource} both read it. */
    public static final String BUNDLE = "messages/refusals";

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String key, Object... arguments) {
        return new Refusal(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * The English text, formatted as Spring's {@code MessageSource} formats it: a message without arguments is
     * taken as written, one with arguments through {@link MessageFormat} (where an apostrophe is written twice).
     * A key the bundle lacks is said as the key itself, rather than hiding the refusal.
     */
    public String english() {
        String message;
        try {
            message = English.BUNDLE.getString(key);
        } catch (MissingResourceException missing) {
            return arguments.isEmpty() ? key : key + " " + arguments;
        }
        return arguments.isEmpty() ? message : new MessageFormat(message, Locale.ENGLISH).format(arguments.toArray());
    }

    @Override
    public String[] getCodes() {
        return new String[]{key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }

    private static final class English {
        private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Refusal.BUNDLE, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
