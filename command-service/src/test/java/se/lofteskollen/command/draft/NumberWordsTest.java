package se.lofteskollen.command.draft;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "en, 1", "ett, 1", "två, 2", "fyra, 4", "sju, 7", "tio, 10", "elva, 11", "tolv, 12", "tretton, 13",
            "sjutton, 17", "arton, 18", "nitton, 19", "tjugo, 20", "tjugofem, 25", "trettio, 30", "fyrtiotvå, 42",
            "åttio, 80", "nittionio, 99", "hundra, 100", "etthundra, 100", "'ett hundra', 100", "tvåhundrafemtio, 250",
            "hundratjugo, 120", "tusen, 1000", "ettusen, 1000", "tretusen, 3000", "'två tusen fem hundra', 2500",
            "Fyra, 4", "100, 100", "'1 000', 1000", "12, 12"})
    void numbersAreReadInWordsAndDigits(String words, int number) {
        assertThat(NumberWords.parse(words)).hasValue(number);
    }

    @ParameterizedTest(name = "\"{0}\" is no number")
    @ValueSource(strings = {"", "lika", "många", "tvåtre", "femtiofemtio", "hundrahundra", "gånger", "1 00"})
    void otherWordsAreNoNumber(String words) {
        assertThat(NumberWords.parse(words)).isEmpty();
    }
}
