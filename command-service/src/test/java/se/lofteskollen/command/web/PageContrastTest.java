package se.lofteskollen.command.web;

import org.junit.jupiter.api.Test;
import se.lofteskollen.platform.testing.Contrast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The report form's colours against white, as WCAG AA asks: fields' borders and the focus ring 3:1, text 4.5:1. */
class PageContrastTest {

    private static final String WHITE = "#ffffff";

    @Test
    void fieldBordersAndTheFocusRingStandOutFromThePage() throws IOException {
        String css = css();

        assertThat(Contrast.ratio(variable(css, "line"), WHITE)).as("field borders").isGreaterThanOrEqualTo(3.0);
        assertThat(Contrast.ratio(focusRing(css), WHITE)).as("focus ring").isGreaterThanOrEqualTo(3.0);
        assertThat(Contrast.ratio(WHITE, variable(css, "accent"))).as("focus ring on the header bar")
                .isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void textColoursAreReadableOnWhite() throws IOException {
        String css = css();

        for (String text : new String[]{"ink", "muted", "accent", "good", "bad"}) {
            assertThat(Contrast.ratio(variable(css, text), WHITE)).as(text).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static String focusRing(String css) {
        Matcher ring = Pattern.compile("input:focus[^{]*\\{ outline: 3px solid var\\(--(\\w+)\\)").matcher(css);
        assertThat(ring.find()).as("a focus ring in a variable").isTrue();
        return variable(css, ring.group(1));
    }

    private static String variable(String css, String name) {
        Matcher value = Pattern.compile("--" + name + ": (#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3});").matcher(css);
        assertThat(value.find()).as("--%s", name).isTrue();
        return value.group(1);
    }

    private static String css() throws IOException {
        try (InputStream in = PageContrastTest.class.getResourceAsStream("/static/css/command.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
