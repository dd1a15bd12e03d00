package se.lofteskollen.command.testing;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form of a rendered page, sent back as a browser would send it: every named field with its value, a checkbox only
 * when ticked, a select's chosen option, a textarea's text; changed first where a test types into it.
 */
public final class HtmlForm {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:=\"([^\"]*)\")?");

    private final String action;
    private final MultiValueMap<String, String> fields;

    private HtmlForm(String action, MultiValueMap<String, String> fields) {
        this.action = action;
        this.fields = fields;
    }

    /** The form of {@code page} that posts to {@code action}. */
    public static HtmlForm of(String page, String action) {
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (action.equals(attribute(form.group(1), "action"))) {
                return new HtmlForm(action, fields(form.group(2)));
            }
        }
        throw new AssertionError("no form posts to " + action);
    }

    public HtmlForm set(String name, String value) {
        assertThat(fields).as("the form's fields").containsKey(name);
        fields.put(name, List.of(value));
        return this;
    }

    public HtmlForm tick(String name, String value) {
        fields.add(name, value);
        return this;
    }

    public HtmlForm without(String name) {
        fields.remove(name);
        return this;
    }

    public String value(String name) {
        assertThat(fields).as("the form's fields").containsKey(name);
        return fields.getFirst(name);
    }

    /** How many parameters a browser sends for it. */
    public int parameters() {
        return fields.values().stream().mapToInt(List::size).sum();
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public MockHttpServletRequestBuilder post() {
        return MockMvcRequestBuilders.post(action).params(fields);
    }

    private static MultiValueMap<String, String> fields(String html) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        Matcher field = FIELD.matcher(html);
        while (field.find()) {
            if (field.group(1) != null) {
                String attributes = field.group(1);
                String type = attribute(attributes, "type");
                String name = attribute(attributes, "name");
                boolean sent = name != null && !"submit".equals(type) && !"file".equals(type)
                        && (!"checkbox".equals(type) || attribute(attributes, "checked") != null);
                if (sent) {
                    fields.add(name, orEmpty(attribute(attributes, "value")));
                }
            } else if (field.group(2) != null) {
                String name = attribute(field.group(2), "name");
                // A browser drops the one line break that may open a textarea's text.
                fields.add(name, unescape(field.group(3).replaceFirst("^\\r?\\n", "")));
            } else {
                String name = attribute(field.group(4), "name");
                String chosen = null;
                Matcher option = OPTION.matcher(field.group(5));
                while (option.find()) {
                    if (chosen == null || attribute(option.group(1), "selected") != null) {
                        chosen = attribute(option.group(1), "value");
                        if (attribute(option.group(1), "selected") != null) {
                            break;
                        }
                    }
                }
                fields.add(name, orEmpty(chosen));
            }
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (attribute.group(1).equals(name)) {
                return attribute.group(2) == null ? "" : unescape(attribute.group(2));
            }
        }
        return null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
