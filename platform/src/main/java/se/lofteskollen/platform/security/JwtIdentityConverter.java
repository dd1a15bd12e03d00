package se.lofteskollen.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import se.lofteskollen.events.text.Text;
import se.lofteskollen.events.text.TextRefused;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns a validated JWT into the same authorities a built-in user has ({@link Roles}), reading the claims
 * that {@code lofteskollen.security.jwt.*} names. A token that names no Löfteskollen role, or a reporter
 * without an organisation, is refused (401): it is valid for the issuer, but not a user of this service.
 */
public class JwtIdentityConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Stands for what the service does on its own in the audit; no token may claim it. */
    static final String RESERVED_USER = "system";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final ServiceSecurityProperties.Jwt claims;

    public JwtIdentityConverter(ServiceSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = checked(claims.getUserClaim(), single(jwt, claims.getUserClaim()), Text.USER_ID);
        if (user == null || user.isBlank()) {
            throw new InvalidBearerTokenException("the token names no user (claim " + claims.getUserClaim() + ")");
        }
        if (RESERVED_USER.equalsIgnoreCase(user)) {
            throw new InvalidBearerTokenException("the token's user is reserved");
        }
        Set<String> roles = known(values(jwt, claims.getRolesClaim()), Roles.ALL, Roles.ROLE_PREFIX);
        if (roles.isEmpty()) {
            throw new InvalidBearerTokenException("the token carries no role of this service (claim "
                    + claims.getRolesClaim() + ")");
        }
        Set<String> organisations = known(values(jwt, claims.getOrganisationClaim()), Roles.ORGANISATIONS, "");
        if (roles.contains(Roles.REPORTER) && organisations.isEmpty()) {
            throw new InvalidBearerTokenException("a reporter's token names its organisation (claim "
                    + claims.getOrganisationClaim() + ")");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(Roles.ROLE_PREFIX + role)));
        organisations.forEach(organisation -> authorities.add(new SimpleGrantedAuthority(Roles.ORGANISATION_PREFIX + organisation)));
        String name = checked(claims.getNameClaim(), single(jwt, claims.getNameClaim()), Text.NAME);
        authorities.add(new SimpleGrantedAuthority(Roles.NAME_PREFIX + (name == null || name.isBlank() ? user : name)));
        String client = checked(claims.getClientClaim(), single(jwt, claims.getClientClaim()), Text.CLIENT);
        if (client != null && !client.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(Roles.CLIENT_PREFIX + client));
        }
        return new JwtAuthenticationToken(jwt, authorities, user);
    }

    /**
     * A claim that becomes text of an event (the audit's user, name and client) passes the same check as any other
     * text: a value the read models cannot store would stop the query side for good. Organisations and roles need no
     * check: only known values are taken.
     */
    private static String checked(String claim, String value, int max) {
        try {
            return Text.line(claim, value, max);
        } catch (TextRefused refused) {
            throw new InvalidBearerTokenException("the token's claim " + claim + " " + refused.getMessage());
        }
    }

    private static Set<String> known(Collection<String> values, Set<String> known, String optionalPrefix) {
        Set<String> found = new TreeSet<>();
        for (String value : values) {
            String name = value.toUpperCase(Locale.ROOT);
            if (!optionalPrefix.isEmpty() && name.startsWith(optionalPrefix)) {
                name = name.substring(optionalPrefix.length());
            }
            if (known.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }

    private static String single(Jwt jwt, String claim) {
        Object value = claim(jwt, claim);
        return value == null ? null : value.toString();
    }

    private static List<String> values(Jwt jwt, String claim) {
        Object value = claim(jwt, claim);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(item -> item != null).forEach(item -> values.add(item.toString().trim()));
        } else if (value != null) {
            for (String item : SEPARATORS.split(value.toString().trim())) {
                if (!item.isEmpty()) {
                    values.add(item);
                }
            }
        }
        return values;
    }

    /** A claim by name, or by a dotted path into nested objects ({@code realm_access.roles}). */
    private static Object claim(Jwt jwt, String path) {
        if (jwt.hasClaim(path)) {
            return jwt.getClaims().get(path);
        }
        Object current = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
