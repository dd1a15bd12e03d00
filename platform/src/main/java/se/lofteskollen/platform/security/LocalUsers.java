package se.lofteskollen.platform.security;

import se.lofteskollen.events.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in users of the local profile, in one list: the services check them with HTTP Basic on the API,
 * and the local identity provider signs them in for the browser, so both know the same people. Each
 * password is the user's own name unless one shared password is configured. Plain Java on purpose: the
 * identity provider reads it without the rest of the platform (and the shared {@link Party} without the rest of
 * the events).
 */
public final class LocalUsers {

    /** One built-in user: what a token or a Basic login says about them, in the terms of {@link Roles}. */
    public record LocalUser(String name, String displayName, String role, List<Party> organisations) {

        /** Authorities as any principal of the services carries them: ROLE_, NAME_, ORG_. */
        public List<String> authorities() {
            List<String> authorities = new ArrayList<>();
            authorities.add(Roles.ROLE_PREFIX + role);
            authorities.add(Roles.NAME_PREFIX + displayName);
            organisations.forEach(organisation -> authorities.add(Roles.ORGANISATION_PREFIX + organisation.name()));
            return authorities;
        }

        public String password(String sharedPassword) {
            return sharedPassword == null || sharedPassword.isEmpty() ? name : sharedPassword;
        }
    }

    public static final List<LocalUser> ALL = List.of(
            new LocalUser("samordnare", "Samordnaren", Roles.COORDINATOR, List.of(Party.POLICE, Party.MUNICIPALITY)),
            new LocalUser("polis", "Kommunpolisen", Roles.REPORTER, List.of(Party.POLICE)),
            new LocalUser("kommun", "Kommunens samordnare", Roles.REPORTER, List.of(Party.MUNICIPALITY)),
            new LocalUser("ledning", "Ledningen", Roles.MANAGEMENT, List.of()),
            new LocalUser("drift", "Driften", Roles.OPERATOR, List.of()));

    /** The setting that gives every built-in user one shared password instead of their own name. */
    public static final String SHARED_PASSWORD = "lofteskollen.local-users.password";

    public static Optional<LocalUser> named(String name) {
        return ALL.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    private LocalUsers() {
    }
}
