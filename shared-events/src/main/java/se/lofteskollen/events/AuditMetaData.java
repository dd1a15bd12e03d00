package se.lofteskollen.events;

import java.util.Map;

/**
 * The metadata keys every event carries: who did it (from the authenticated principal, never from a
 * request body), for which organisation, in which role, through which client, and the correlation id.
 */
public final class AuditMetaData {

    public static final String USER_ID = "userId";
    public static final String USER_NAME = "userName";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String CLIENT = "client";

    /** The user that stands for things the service does on its own, such as loading the default data. */
    public static final String SYSTEM_USER = "system";

    private AuditMetaData() {
    }

    public static String userId(Map<String, ?> metaData) {
        return stringOf(metaData, USER_ID);
    }

    public static String userName(Map<String, ?> metaData) {
        return stringOf(metaData, USER_NAME);
    }

    public static String organisation(Map<String, ?> metaData) {
        return stringOf(metaData, ORGANISATION);
    }

    public static String role(Map<String, ?> metaData) {
        return stringOf(metaData, ROLE);
    }

    private static String stringOf(Map<String, ?> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
