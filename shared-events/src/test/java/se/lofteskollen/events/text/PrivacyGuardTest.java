package se.lofteskollen.events.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PrivacyGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9876", "8112189876", "19811218-9876", "198112189876", "811218+9876",
            "Samtal med 811218-9876 om oro", "pnr:811218-9876.",
            // samordningsnummer: the day plus 60
            "701063-2391", "197010632391"})
    void personalIdentityNumbersAreRefused(String text) {
        TextRefused refused = catchThrowableOfType(() -> PrivacyGuard.check("notes", text), TextRefused.class);
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.PERSONAL_IDENTITY_NUMBER);
        assertThat(refused.field()).isEqualTo("notes");
        assertThat(refused.swedish()).contains("personnummer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "070-123 45 67", "0701234567", "070 123 45 67", "+46 70 123 45 67", "+46701234567",
            "0046 70 123 45 67", "+46 (0)70-123 45 67", "0490-123 45", "08-123 456 78", "08-12 34 56",
            "Ring mig på 073-987 65 43 i morgon"})
    void phoneNumbersAreRefused(String text) {
        TextRefused refused = catchThrowableOfType(() -> PrivacyGuard.check("measures", text), TextRefused.class);
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.PHONE_NUMBER);
        assertThat(refused.swedish()).contains("telefonnummer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.svensson@example.se", "Skriv till x_y+z@kommun.vastervik.se!", "åsa@exempel.nu"})
    void emailAddressesAreRefused(String text) {
        TextRefused refused = catchThrowableOfType(() -> PrivacyGuard.check("reason", text), TextRefused.class);
        assertThat(refused.reason()).isEqualTo(TextRefused.Reason.EMAIL_ADDRESS);
        assertThat(refused.swedish()).contains("e-postadress");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "100 platsbesök", "2025-03-14", "Under 2024-2025", "år 2024–2025", "kl. 09-12", "09.00–12.00",
            "Minst 4 Tistelmöten, 12 dialoger och 1 000 besök", "Ärende 2025/1234", "Tel saknas",
            // the wrong control digit, or not a date
            "811218-9875", "811318-9876", "811200-9876", "8112189875",
            "12345678", "0,5 km", "3 av 4", "vecka 11", "@kommunen", "info@ (ingen adress)",
            "Befolkning 36 000, 5 000 elever", "Tomt", ""})
    void ordinaryTextPasses(String text) {
        assertThatCode(() -> PrivacyGuard.check("notes", text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8112189876", "7010632391"})
    void controlDigitIsLuhn(String tenDigits) {
        assertThat(PrivacyGuard.luhn(tenDigits)).isTrue();
        String wrong = tenDigits.substring(0, 9) + (char) ('0' + (tenDigits.charAt(9) - '0' + 1) % 10);
        assertThat(PrivacyGuard.luhn(wrong)).isFalse();
    }
}
