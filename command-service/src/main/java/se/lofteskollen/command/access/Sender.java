package se.lofteskollen.command.access;

import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Party;

import java.util.Map;
import java.util.Set;

/**
 * Who sent a command, as its metadata says. That metadata is written only from the authenticated principal
 * (or, for the default data, by the service itself), never from a request.
 */
record Sender(String userId, Set<String> roles, Set<Party> organisations) {

    static final String SYSTEM_ROLE = "SYSTEM";

    static Sender of(Map<String, ?> metaData) {
        return new Sender(AuditMetaData.userId(metaData), Set.copyOf(NameList.split(AuditMetaData.role(metaData))),
                Party.setOf(AuditMetaData.organisation(metaData)));
    }

    boolean isSystem() {
        return AuditMetaData.SYSTEM_USER.equals(userId) && roles.contains(SYSTEM_ROLE);
    }

    boolean is(String role) {
        return roles.contains(role);
    }
}
