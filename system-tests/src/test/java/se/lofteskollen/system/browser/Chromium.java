package se.lofteskollen.system.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both are named by path, so Selenium Manager
 * never looks for (or downloads) a browser or a driver; the flags keep Chromium from calling home (the test
 * machines have no network, and Chromium would flood refused connections). Each browser gets a fresh profile.
 *
 * <p>Without Chromium the tests are skipped with a message, except on CI ({@code CI=true}), where they fail:
 * CI installs it.
 */
public final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("lofteskollen.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("lofteskollen.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test without Chromium; fails it on CI. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (installed) {
            return;
        }
        String message = "Browser tests need Chromium at " + BINARY + " and its driver at " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message + "; skipped outside CI.");
    }

    /** A desktop browser whose window is this many CSS pixels wide and high (at least 500 wide). */
    public static Chromium open(int width, int height) {
        return start(width, height, null, SWEDISH);
    }

    /** A desktop window whose browser asks for pages in {@code acceptLanguages} (e.g. "en-GB,en"). */
    public static Chromium speaking(String acceptLanguages, int width, int height) {
        return start(width, height, null, acceptLanguages);
    }

    /**
     * A phone: a viewport 375 CSS pixels wide (an iPhone SE to 13 mini), touch, twice as many device pixels, and
     * the page's viewport meta tag obeyed. A desktop window cannot be made narrower than 500 pixels.
     */
    public static Chromium phone() {
        return start(500, 900, Map.of("deviceMetrics",
                Map.of("width", 375, "height", 812, "pixelRatio", 2.0, "touch", true, "mobile", true)), SWEDISH);
    }

    /** The languages a Swedish user's browser asks for: the machine's own (often English) must not decide. */
    private static final String SWEDISH = "sv-SE,sv";

    private static Chromium start(int width, int height, Map<String, Object> mobileEmulation, String acceptLanguages) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("lofteskollen-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-default-apps",
                    "--disable-domain-reliability", "--disable-client-side-phishing-detection",
                    "--disable-features=Translate,OptimizationHints,MediaRouter",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
            if (mobileEmulation != null) {
                options.setExperimentalOption("mobileEmulation", mobileEmulation);
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The whole page, also what lies below the window, as a PNG under {@code target/screenshots}. */
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        if (content.get("width").doubleValue() < 1 || content.get("height").doubleValue() < 1) {
            // Chromium sometimes reports no layout yet for a page that has just loaded: the window will do.
            return windowScreenshot(name);
        }
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"),
                "height", content.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the window shows, as a PNG under {@code target/screenshots}. */
    public Path windowScreenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
