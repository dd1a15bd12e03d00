package se.lofteskollen.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTest {

    @Test
    void lineBreaksCannotStartAForgedLogLine() {
        String forged = LogText.quoted("polis\r\nevent=authentication_succeeded user=\"samordnare\"");

        assertThat(forged).doesNotContain("\r", "\n")
                .isEqualTo("\"polis\\r\\nevent=authentication_succeeded user=\\\"samordnare\\\"\"");
    }

    @Test
    void otherControlCharactersAndUnicodeLineSeparatorsAreEscaped() {
        assertThat(LogText.quoted("a\u0000b\u001bc\u2028d\u0085e")).isEqualTo("\"a\\u0000b\\u001bc\\u2028d\\u0085e\"");
    }

    @Test
    void longValuesAreCut() {
        assertThat(LogText.quoted("x".repeat(10_000))).hasSize(LogText.MAX_LENGTH + 5);
    }

    @Test
    void anAbsentValueIsADash() {
        assertThat(LogText.quoted(null)).isEqualTo("-");
    }
}
