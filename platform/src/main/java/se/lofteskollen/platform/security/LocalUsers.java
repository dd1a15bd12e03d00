package se.lofteskollen.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in users of the local profile, in one list: the services check them with HTTP Basic on the API,
 * and the local identity provider signs them in for the browser, so both know the same people. Each
 * password is the user's own name unless one shared password is configured. Plain Java on purpose: the
 * identity provider reads it without the rest of the platform.
 *
 * <p>Västervik's people belong to the organisations {@code POLICE} and {@code MUNICIPALITY}, which act as the
 * default data's parties (as every promise's did before promises named their organisations). {@code hultsfred}
 * coordinates for Hultsfreds kommun and LPO Vimmerby, whose promise they create themselves; {@code nationell}
 * reads every promise.
 */
public final class LocalUsers {

    /** One built-in user: what a token or a Basic login says about them, in the terms of {@link Roles}. */
    public record LocalUser(String name, String displayName, String role, List<String> organisations) {

        /** Authorities as any principal of the services carries them: ROLE_, NAME_, ORG_. */
        public List<String> authorities() {
            List<String> authorities = new ArrayList<>();
            authorities.add(Roles.ROLE_PREFIX + role);
            authorities.add(Roles.NAME_PREFIX + displayName);
            organisations.forEach(organisation -> authorities.add(Roles.ORGANISATION_PREFIX + organisation));
            return authorities;
        }

        public String password(String sharedPassword) {
            return sharedPassword == null || sharedPassword.isEmpty() ? name : sharedPassword;
        }
    }

    /** The organisations of Västervik's promise in the default data: the codes of its parties. */
    public static final String VASTERVIK_POLICE = "POLICE";
    public static final String VASTERVIK = "MUNICIPALITY";
    /** Hultsfred's, for trying a second municipality's promise. */
    public static final String HULTSFRED_POLICE = "LPO_VIMMERBY";
    public static final String HULTSFRED = "HULTSFREDS_KOMMUN";

    public static final List<LocalUser> ALL = List.of(
            new LocalUser("samordnare", "Samordnaren", Roles.COORDINATOR, List.of(VASTERVIK_POLICE, VASTERVIK)),
            new LocalUser("polis", "Kommunpolisen", Roles.REPORTER, List.of(VASTERVIK_POLICE)),
            new LocalUser("kommun", "Kommunens samordnare", Roles.REPORTER, List.of(VASTERVIK)),
            new LocalUser("ledning", "Ledningen", Roles.MANAGEMENT, List.of(VASTERVIK_POLICE, VASTERVIK)),
            new LocalUser("hultsfred", "Samordnaren i Hultsfred", Roles.COORDINATOR,
                    List.of(HULTSFRED_POLICE, HULTSFRED)),
            new LocalUser("nationell", "Nationella uppföljningen", Roles.NATIONAL_READER, List.of()),
            new LocalUser("drift", "Driften", Roles.OPERATOR, List.of()));

    /** The setting that gives every built-in user one shared password instead of their own name. */
    public static final String SHARED_PASSWORD = "lofteskollen.local-users.password";

    public static Optional<LocalUser> named(String name) {
        return ALL.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    private LocalUsers() {
    }
}
