package se.lofteskollen.platform.security;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Failed form logins, in whichever filter chain serves the login page: logged with the name tried, then back to the login page. */
final class LoginFailures {

    static AuthenticationFailureHandler loggedThenBackToLogin(SecurityEventLog events) {
        SimpleUrlAuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, refused) -> {
            events.authenticationFailed(request, request.getParameter("username"), "form: " + refused.getMessage());
            toLoginPage.onAuthenticationFailure(request, response, refused);
        };
    }

    private LoginFailures() {
    }
}
