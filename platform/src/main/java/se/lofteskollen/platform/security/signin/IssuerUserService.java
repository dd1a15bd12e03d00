package se.lofteskollen.platform.security.signin;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an issuer, with the authorities of that issuer's {@link ClaimMapping} read from the
 * ID token and the user info, so that a page sees the same principal the API would for the same person's token.
 * Someone the mapping refuses (no role of this service) does not get a session.
 */
public final class IssuerUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final TrustedIssuers issuers;
    private final OidcUserService standard = new OidcUserService();

    public IssuerUserService(TrustedIssuers issuers) {
        this.issuers = issuers;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = standard.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        TrustedIssuers.Issuer issuer = issuers.getIssuers().get(registration);
        if (issuer == null) {
            throw refused("issuer " + registration + " is not trusted");
        }
        ClaimMapping mapping = new ClaimMapping(issuer.getClaims());
        ClaimMapping.MappedIdentity identity = mapping.map(user.getClaims(), IssuerUserService::refused);
        return new DefaultOidcUser(identity.authorities(), user.getIdToken(), user.getUserInfo(), mapping.userClaim());
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, why, null), why);
    }
}
