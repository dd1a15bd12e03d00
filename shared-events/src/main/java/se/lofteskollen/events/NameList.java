package se.lofteskollen.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several names in one text, {@code "MUNICIPALITY,POLICE"}: how a table column and the events' metadata
 * ({@link AuditMetaData#ORGANISATION}, {@link AuditMetaData#ROLE}) carry them. Sorted when written, so the same
 * names are always the same text and can be compared as text.
 */
public final class NameList {

    private static final String SEPARATOR = ",";

    private NameList() {
    }

    /** The names sorted and comma-separated; empty for none. */
    public static String join(Collection<String> names) {
        return names == null ? "" : names.stream().sorted().collect(Collectors.joining(SEPARATOR));
    }

    /** The names of a joined text in its order, without spaces around them; none for null or blank. */
    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
