package se.lofteskollen.platform.security;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Failed sign-ins (refused by the provider, or by the claim mapping): logged with why, then back to the sign-in page. */
final class LoginFailures {

    static AuthenticationFailureHandler loggedThenBackToLogin(SecurityEventLog events) {
        SimpleUrlAuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, refused) -> {
            events.authenticationFailed(request, null, "sign-in: " + refused.getMessage());
            toLoginPage.onAuthenticationFailure(request, response, refused);
        };
    }

    private LoginFailures() {
    }
}
