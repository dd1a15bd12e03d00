package se.lofteskollen.system.browser;

import se.lofteskollen.system.BothServices;

/**
 * Both services with the Västervik 2025 default data, and the local identity provider where people sign in to
 * both, started once for all browser tests of a test run (each start costs seconds). The tests keep apart by what
 * they report: their own places, dates and notes, and counts read before and after; each browser has a fresh
 * profile, so each test signs in afresh.
 */
final class Deployment {

    private static BothServices services;
    private static LocalIdentityProvider identityProvider;

    private Deployment() {
    }

    static synchronized BothServices services() {
        if (services == null) {
            int commandPort = LocalIdentityProvider.freePort();
            int queryPort = LocalIdentityProvider.freePort();
            int providerPort = LocalIdentityProvider.freePort();
            identityProvider = LocalIdentityProvider.start(providerPort, commandPort, queryPort);
            services = new BothServices(commandPort, queryPort,
                    "lofteskollen.security.issuers.local.issuer-uri=" + identityProvider.url());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                services.close();
                identityProvider.close();
            }));
        }
        return services;
    }

    static synchronized String identityProviderUrl() {
        services();
        return identityProvider.url();
    }
}
