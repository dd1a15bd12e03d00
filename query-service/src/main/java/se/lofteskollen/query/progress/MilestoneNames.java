package se.lofteskollen.query.progress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * A milestone's name as a page shows it. A name is data a coordinator typed and is shown as stored, except the
 * default data's milestones, whose English names the bundle {@code messages/milestones} knows. The keys carry the
 * prefix {@code milestone.} so that a milestone happening to be named like another message key is never translated.
 */
@Component
public class MilestoneNames {

    private static final String PREFIX = "milestone.";

    private final MessageSource messages;

    public MilestoneNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The English name on an English page when the bundle knows it; otherwise the stored name. */
    public String shown(String storedName, Locale locale) {
        if (storedName == null || storedName.isBlank()) {
            return storedName;
        }
        return messages.getMessage(PREFIX + storedName, null, storedName, locale);
    }
}
