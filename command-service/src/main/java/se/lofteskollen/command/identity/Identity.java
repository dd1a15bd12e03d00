package se.lofteskollen.command.identity;

import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who is asking, as the authenticated principal says: what every event records as its author. {@code role} and
 * {@code organisation} are comma-separated when there are several (a coordinator answering for both parties).
 */
public record Identity(String userId, String userName, String organisation, String role, String client) {

    public static final Identity SYSTEM = new Identity(AuditMetaData.SYSTEM_USER, "Löfteskollen", null, Roles.SYSTEM, "seed");

    /** The roles and organisations this identity holds. */
    public Member member() {
        return Member.of(role, organisation);
    }

    public Map<String, Object> asMetaData() {
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put(AuditMetaData.USER_ID, userId);
        metaData.put(AuditMetaData.USER_NAME, userName);
        if (organisation != null) {
            metaData.put(AuditMetaData.ORGANISATION, organisation);
        }
        metaData.put(AuditMetaData.ROLE, role);
        metaData.put(AuditMetaData.CLIENT, client);
        return metaData;
    }
}
