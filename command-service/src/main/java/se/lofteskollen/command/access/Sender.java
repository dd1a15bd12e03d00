package se.lofteskollen.command.access;

import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.util.Map;
import java.util.Set;

/**
 * Who sent a command, as its metadata says. That metadata is written only from the authenticated principal
 * (or, for the default data, by the service itself), never from a request.
 */
record Sender(String userId, Member member) {

    static Sender of(Map<String, ?> metaData) {
        return new Sender(AuditMetaData.userId(metaData),
                Member.of(AuditMetaData.role(metaData), AuditMetaData.organisation(metaData)));
    }

    boolean isSystem() {
        return AuditMetaData.SYSTEM_USER.equals(userId) && member.is(Roles.SYSTEM);
    }

    boolean is(String role) {
        return member.is(role);
    }

    Set<String> organisations() {
        return member.organisations();
    }
}
