package se.lofteskollen.system.browser;

import se.lofteskollen.system.BothServices;

/**
 * Both services with the Västervik 2025 default data, started once for all browser tests of a test run (each
 * start costs seconds). The tests keep apart by what they report: their own places, dates and notes, and counts
 * read before and after.
 */
final class Deployment {

    private static BothServices services;

    private Deployment() {
    }

    static synchronized BothServices services() {
        if (services == null) {
            services = new BothServices();
            Runtime.getRuntime().addShutdownHook(new Thread(services::close));
        }
        return services;
    }
}
