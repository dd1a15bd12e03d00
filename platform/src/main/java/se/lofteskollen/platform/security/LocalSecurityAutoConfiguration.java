package se.lofteskollen.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The built-in users of the local profile, for trying the service out and for tests, the same in both
 * services. They do not exist in any other profile. Authorities carry the role ({@code ROLE_COORDINATOR}),
 * the organisations ({@code ORG_POLICE}) and the display name ({@code NAME_...}).
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@Profile("local")
public class LocalSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalSecurityAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    UserDetailsService localUserDetails(@Value("${lofteskollen.local-users.password:}") String sharedPassword) {
        log.warn("LOCAL PROFILE: built-in users samordnare, polis, kommun and ledning are active. Never use this profile in production.");
        // These passwords are documented in the README (each user's own name, unless one shared password is set):
        // a slow hash protects nothing here and would cost ~100 ms of CPU on every HTTP Basic request.
        // Production has no passwords at all (OAuth2 tokens).
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                user("samordnare", sharedPassword, "Samordnaren", "COORDINATOR", "ORG_POLICE", "ORG_MUNICIPALITY"),
                user("polis", sharedPassword, "Kommunpolisen", "REPORTER", "ORG_POLICE"),
                user("kommun", sharedPassword, "Kommunens samordnare", "REPORTER", "ORG_MUNICIPALITY"),
                user("ledning", sharedPassword, "Ledningen", "MANAGEMENT"));
        // Only the lookup: handed the manager itself, Spring Security would "upgrade" each password to
        // BCrypt at its first login, and every request after it would pay for the hash again.
        return users::loadUserByUsername;
    }

    private static org.springframework.security.core.userdetails.UserDetails user(
            String name, String sharedPassword, String displayName, String role, String... organisations) {
        String password = sharedPassword.isEmpty() ? name : sharedPassword;
        String[] authorities = new String[organisations.length + 2];
        authorities[0] = "ROLE_" + role;
        authorities[1] = "NAME_" + displayName;
        System.arraycopy(organisations, 0, authorities, 2, organisations.length);
        return User.withUsername(name).password("{noop}" + password).authorities(authorities).build();
    }
}
