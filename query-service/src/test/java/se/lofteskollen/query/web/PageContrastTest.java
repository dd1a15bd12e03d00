package se.lofteskollen.query.web;

import org.junit.jupiter.api.Test;
import se.lofteskollen.platform.testing.Contrast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' and the printable report's colours against white, as WCAG AA asks: every status colour and text 4.5:1,
 * the focus ring 3:1.
 */
class PageContrastTest {

    private static final String WHITE = "#ffffff";

    @Test
    void statusColoursAndTheFocusRingOfThePagesAreReadableOnWhite() throws IOException {
        String css = resource("/static/css/query.css");

        for (String colour : new String[]{"ink", "muted", "accent", "good", "wait", "risk", "bad"}) {
            assertThat(Contrast.ratio(variable(css, colour), WHITE)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
        Matcher ring = Pattern.compile("select:focus \\{ outline: 3px solid var\\(--(\\w+)\\)").matcher(css);
        assertThat(ring.find()).isTrue();
        assertThat(Contrast.ratio(variable(css, ring.group(1)), WHITE)).as("focus ring").isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void everyStatusColourOfThePrintableReportIsReadableOnWhite() throws IOException {
        String report = resource("/templates/query/follow-up-report.html");
        Matcher colours = Pattern.compile("\\.(\\w+)[^{}]*\\{ color: (#[0-9a-fA-F]{6}); }").matcher(report);
        int found = 0;
        while (colours.find()) {
            found++;
            assertThat(Contrast.ratio(colours.group(2), WHITE)).as(colours.group(1)).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(found).as("status colours in the report").isGreaterThanOrEqualTo(5);
    }

    private static String variable(String css, String name) {
        Matcher value = Pattern.compile("--" + name + ": (#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3});").matcher(css);
        assertThat(value.find()).as("--%s", name).isTrue();
        return value.group(1);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PageContrastTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
