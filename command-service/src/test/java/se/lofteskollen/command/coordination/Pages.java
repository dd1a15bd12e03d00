package se.lofteskollen.command.coordination;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parts of a rendered page that a test looks at. */
final class Pages {

    private Pages() {
    }

    /** The label of the field with this id, as written in the page. */
    static String label(String page, String id) {
        Matcher label = Pattern.compile("<label for=\"" + Pattern.quote(id) + "\">(.*?)</label>", Pattern.DOTALL)
                .matcher(page);
        if (!label.find()) {
            throw new AssertionError("no label for " + id);
        }
        return label.group(1);
    }
}
