package se.lofteskollen.platform.security.signin;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated JWT of one issuer, as a principal of the services: that issuer's {@link ClaimMapping}; refused is 401. */
public class JwtIdentityConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ClaimMapping mapping;

    public JwtIdentityConverter(ClaimMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ClaimMapping.MappedIdentity identity = mapping.map(jwt.getClaims(), InvalidBearerTokenException::new);
        return new JwtAuthenticationToken(jwt, identity.authorities(), identity.user());
    }
}
