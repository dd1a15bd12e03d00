package se.lofteskollen.command.access;

import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.Party;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sent a command, as its metadata says. That metadata is written only from the authenticated principal
 * (or, for the default data, by the service itself), never from a request.
 */
record Sender(String userId, Set<String> roles, Set<Party> organisations) {

    static final String SYSTEM_ROLE = "SYSTEM";

    static Sender of(Map<String, ?> metaData) {
        return new Sender(AuditMetaData.userId(metaData), split(AuditMetaData.role(metaData)),
                split(AuditMetaData.organisation(metaData)).stream()
                        .filter(Sender::isParty)
                        .map(Party::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Party.class))));
    }

    boolean isSystem() {
        return AuditMetaData.SYSTEM_USER.equals(userId) && roles.contains(SYSTEM_ROLE);
    }

    boolean is(String role) {
        return roles.contains(role);
    }

    private static Set<String> split(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isParty(String name) {
        return Arrays.stream(Party.values()).anyMatch(party -> party.name().equals(name));
    }
}
