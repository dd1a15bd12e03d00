package se.lofteskollen.query.progress;

import java.util.Locale;

/**
 * A milestone's name as a page shows it. A name is data a coordinator typed and is shown as stored, except the
 * default data's milestones, whose English names the bundle {@code messages/milestones} knows. The keys carry the
 * prefix {@code milestone.} so that a milestone happening to be named like another message key is never translated.
 * Static, as the other words of progress ({@link Wording}), since the same static sentences say the names.
 */
public final class MilestoneNames {

    private static final String PREFIX = "milestone.";

    private MilestoneNames() {
    }

    /** In the reader's language. */
    public static String shown(String storedName) {
        return shown(storedName, Wording.reader());
    }

    /** The English name on an English page when the bundle knows it; otherwise the stored name. */
    public static String shown(String storedName, Locale language) {
        if (storedName == null || storedName.isBlank()) {
            return storedName;
        }
        return Wording.sayOr(language, PREFIX + storedName, storedName);
    }
}
