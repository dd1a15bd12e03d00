package se.lofteskollen.platform.security.signin;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.lofteskollen.events.Organisations;
import se.lofteskollen.events.text.Text;
import se.lofteskollen.events.text.TextRefused;
import se.lofteskollen.platform.security.Roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One issuer's claims turned into the authorities every principal of the services carries ({@link Roles}), the
 * same for a person's ID token in the browser and a JWT on the API. Claims that name no Löfteskollen role, or a
 * reporter without an organisation, are refused: valid for the issuer, but not a user of this service.
 */
public final class ClaimMapping {

    /** Stands for what the service does on its own in the audit; no token may claim it. */
    static final String RESERVED_USER = "system";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    /** Mapped organisation values are names, which have spaces: only commas separate them. */
    private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*");

    /** Who the claims say the user is. */
    public record MappedIdentity(String user, List<GrantedAuthority> authorities) {
    }

    private final TrustedIssuers.Claims names;
    /** Claim value to organisation code; empty when the values are the codes themselves. */
    private final Map<String, String> organisationCodes;

    public ClaimMapping(TrustedIssuers.Claims names) {
        this.names = names;
        this.organisationCodes = names.organisationCodes(IllegalStateException::new);
    }

    public String userClaim() {
        return names.getUser();
    }

    /** The identity, or {@code refused} applied to why not (the caller's own kind of authentication failure). */
    public <X extends RuntimeException> MappedIdentity map(Map<String, Object> claims, Function<String, X> refused) {
        String user = checked(names.getUser(), single(claims, names.getUser()), Text.USER_ID, refused);
        if (user == null || user.isBlank()) {
            throw refused.apply("the token names no user (claim " + names.getUser() + ")");
        }
        if (RESERVED_USER.equalsIgnoreCase(user)) {
            throw refused.apply("the token's user is reserved");
        }
        Set<String> roles = roles(values(claims, names.getRoles(), SEPARATORS));
        if (roles.isEmpty()) {
            throw refused.apply("the token carries no role of this service (claim " + names.getRoles() + ")");
        }
        Set<String> organisations = values(claims, names.getOrganisation(), organisationCodes.isEmpty() ? SEPARATORS : COMMAS).stream().map(this::organisation)
                .flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
        if (roles.contains(Roles.REPORTER) && organisations.isEmpty()) {
            throw refused.apply("a reporter's token names its organisation (claim " + names.getOrganisation() + ")");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(Roles.ROLE_PREFIX + role)));
        organisations.forEach(organisation -> authorities.add(
                new SimpleGrantedAuthority(Roles.ORGANISATION_PREFIX + organisation)));
        String name = checked(names.getName(), single(claims, names.getName()), Text.NAME, refused);
        authorities.add(new SimpleGrantedAuthority(Roles.NAME_PREFIX + (name == null || name.isBlank() ? user : name)));
        String client = checked(names.getClient(), single(claims, names.getClient()), Text.CLIENT, refused);
        if (client != null && !client.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(Roles.CLIENT_PREFIX + client));
        }
        return new MappedIdentity(user, authorities);
    }

    /**
     * A claim that becomes text of an event (the audit's user, name and client) passes the same check as any other
     * text, for tokens and sign-ins alike: a value the read models cannot store would stop the query side for good.
     * Organisations and roles need no check: only known values are taken.
     */
    private static <X extends RuntimeException> String checked(String claim, String value, int max,
                                                               Function<String, X> refused) {
        try {
            return Text.line(claim, value, max);
        } catch (TextRefused why) {
            throw refused.apply("the token's claim " + claim + " " + why.getMessage());
        }
    }

    /** The organisation a claim value names, by the issuer's mapping, or as a code when it has none. */
    private Optional<String> organisation(String value) {
        return organisationCodes.isEmpty() ? Organisations.code(value) : Optional.ofNullable(organisationCodes.get(value));
    }

    /** The roles of this service among the values, with or without {@code ROLE_}, in any case. */
    private static Set<String> roles(Collection<String> values) {
        Set<String> found = new TreeSet<>();
        for (String value : values) {
            String name = value.toUpperCase(Locale.ROOT);
            if (name.startsWith(Roles.ROLE_PREFIX)) {
                name = name.substring(Roles.ROLE_PREFIX.length());
            }
            if (Roles.ALL.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }

    private static String single(Map<String, Object> claims, String claim) {
        Object value = claim(claims, claim);
        return value == null ? null : value.toString();
    }

    private static List<String> values(Map<String, Object> claims, String claim, Pattern separators) {
        Object value = claim(claims, claim);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(item -> item != null).forEach(item -> values.add(item.toString().trim()));
        } else if (value != null) {
            for (String item : separators.split(value.toString().trim())) {
                if (!item.isEmpty()) {
                    values.add(item);
                }
            }
        }
        return values;
    }

    /** A claim by name, or by a dotted path into nested objects ({@code realm_access.roles}). */
    private static Object claim(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
