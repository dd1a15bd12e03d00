package se.lofteskollen.system.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import se.lofteskollen.system.BothServices;

/**
 * What every browser test stands on: the one deployment the browser tests share (both services and the local
 * identity provider), its API for arranging data, and a Chromium of the test's own, closed after each test.
 */
abstract class InTheBrowser {

    static BothServices services;
    static Api api;
    Chromium browser;

    @BeforeAll
    static void theSharedDeployment() {
        Chromium.requireInstalled();
        services = Deployment.services();
        api = new Api(services);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
