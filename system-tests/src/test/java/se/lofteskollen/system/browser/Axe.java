package se.lofteskollen.system.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility checker, run inside the page the browser shows, against WCAG 2.1 A and AA. It comes
 * from the npm registry ({@code npm ci --prefix system-tests}, which .ci/run does) and is used by the tests only:
 * without it the calling test is skipped with a message, except on CI, where it fails.
 */
final class Axe {

    static final Path SCRIPT = Path.of(System.getProperty("lofteskollen.axe", "node_modules/axe-core/axe.min.js"));
    private static final List<String> SERIOUS = List.of("serious", "critical");

    private Axe() {
    }

    static void requireInstalled() {
        if (Files.isRegularFile(SCRIPT)) {
            return;
        }
        String message = "The accessibility test needs axe-core at " + SCRIPT.toAbsolutePath()
                + " (npm ci --prefix system-tests)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message + "; skipped outside CI.");
    }

    /** The serious and critical violations on the page the browser shows, one line each: rule, impact, where. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(script());
        Map<String, Object> results = (Map<String, Object>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(results => done({violations: results.violations}))
                    .catch(failure => done({error: String(failure)}));
                """);
        if (results.containsKey("error")) {
            throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + results.get("error"));
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            if (!SERIOUS.contains(String.valueOf(violation.get("impact")))) {
                continue;
            }
            List<String> where = ((List<Map<String, Object>>) violation.get("nodes")).stream()
                    .map(node -> String.valueOf(node.get("target")) + " " + node.get("failureSummary")).toList();
            serious.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " at "
                    + where);
        }
        return serious;
    }

    private static String script() {
        try {
            return Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
