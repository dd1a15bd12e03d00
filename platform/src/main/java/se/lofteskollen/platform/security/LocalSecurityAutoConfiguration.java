package se.lofteskollen.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The built-in users of the local profile ({@link LocalUsers}) for HTTP Basic on the API, for trying the service
 * out and for tests, the same in both services (in the browser they sign in at the local identity provider). They do not exist in any other profile, and the service refuses to start when {@code local}
 * and {@code prod} are both active. Authorities carry the role ({@code ROLE_COORDINATOR}), the
 * organisations ({@code ORG_POLICE}) and the display name ({@code NAME_...}), as {@link Roles} describes.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@Profile("local")
public class LocalSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalSecurityAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    UserDetailsService localUserDetails(@Value("${" + LocalUsers.SHARED_PASSWORD + ":}") String sharedPassword,
                                        Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The profiles local and prod are both active: the local profile's "
                    + "built-in users must never exist in production. Activate prod alone.");
        }
        log.warn("LOCAL PROFILE: built-in users {} are active, with documented passwords. For trying out and "
                + "tests only: never use this profile in production (SPRING_PROFILES_ACTIVE=prod takes "
                + "OpenID Connect sign-in and tokens of the configured issuers instead).",
                LocalUsers.ALL.stream().map(LocalUsers.LocalUser::name).toList());
        // These passwords are documented in the README (each user's own name, unless one shared password is set):
        // a slow hash protects nothing here and would cost ~100 ms of CPU on every HTTP Basic request.
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(LocalUsers.ALL.stream()
                .map(user -> User.withUsername(user.name()).password("{noop}" + user.password(sharedPassword))
                        .authorities(user.authorities().toArray(String[]::new)).build())
                .toArray(UserDetails[]::new));
        // Only the lookup: handed the manager itself, Spring Security would "upgrade" each password to
        // BCrypt at its first login, and every request after it would pay for the hash again.
        return users::loadUserByUsername;
    }
}
