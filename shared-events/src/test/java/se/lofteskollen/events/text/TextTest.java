package se.lofteskollen.events.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\nb", "a\tb", "a\rb", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u2028b"})
    void aLineRefusesEveryControlCharacter(String value) {
        TextRefused refused = catchThrowableOfType(() -> Text.line("place.name", value, 200), TextRefused.class);
        assertThat(refused.field()).isEqualTo("place.name");
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001Bb", "a\u0007b", "a\rb"})
    void freeTextRefusesControlCharactersButNewlineAndTab(String value) {
        TextRefused refused = catchThrowableOfType(() -> Text.free("measures", value, 4000), TextRefused.class);
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.CONTROL_CHARACTER);
    }

    @Test
    void freeTextKeepsNewlinesAndTabsAndTakesABrowsersLineBreaks() {
        assertThat(Text.free("notes", "rad ett\r\nrad två\n\tindrag", 4000)).isEqualTo("rad ett\nrad två\n\tindrag");
    }

    @Test
    void brokenSurrogatesAreRefused() {
        TextRefused refused = catchThrowableOfType(() -> Text.line("title", "a\uD800b", 300), TextRefused.class);
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.BROKEN_UNICODE);
        assertThat(Text.line("title", "emoji \uD83D\uDE00", 300)).isEqualTo("emoji \uD83D\uDE00");
    }

    @Test
    void textIsStoredInNfc() {
        assertThat(Text.line("title", "Ve\u0301stervik", 300)).isEqualTo("V\u00E9stervik");
    }

    @Test
    void lengthIsCountedInCharactersAfterNormalisation() {
        String decomposed = "e\u0301".repeat(40);
        assertThat(Text.line("client", decomposed, Text.CLIENT)).hasSize(40);
        assertThat(Text.line("emoji", "\uD83D\uDE00".repeat(40), Text.CLIENT)).isNotNull();
        TextRefused refused = catchThrowableOfType(() -> Text.line("client", "x".repeat(41), Text.CLIENT),
                TextRefused.class);
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.TOO_LONG);
        assertThat(refused.getMessage()).isEqualTo("is longer than 40 characters");
        assertThat(refused.swedish()).isEqualTo("Högst 40 tecken.");
    }

    @Test
    void nullStaysNull() {
        assertThat(Text.line("area", null, 200)).isNull();
        assertThat(Text.free("notes", null, 4000)).isNull();
    }

    @Test
    void onlyFreeTextIsGuardedForPersonalData() {
        assertThat(Text.line("commitmentId", "811218-9876", Text.ID)).isEqualTo("811218-9876");
        TextRefused refused = catchThrowableOfType(() -> Text.free("notes", "811218-9876", Text.NOTE), TextRefused.class);
        assertThat(refused.reason().personalData()).isTrue();
        assertThat(refused.forApi()).contains("personal identity number").contains("personnummer");
    }
}
