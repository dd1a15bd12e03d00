package se.lofteskollen.command.draft;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A number as a promise writes it: in digits ({@code 100}, {@code 1 000}) or in Swedish words, alone or joined
 * ({@code fyra}, {@code tjugofem}, {@code hundra}, {@code tvåhundrafemtio}, {@code ett tusen}, {@code ettusen}).
 */
final class NumberWords {

    /** Longest first, so that "sjutton" is not read as "sju" and a rest, nor "trettio" as "tre". */
    private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

    static {
        String[][] table = {
                {"sjuttio", "70"}, {"trettio", "30"}, {"tretton", "13"}, {"fjorton", "14"}, {"sjutton", "17"},
                {"aderton", "18"}, {"fyrtio", "40"}, {"femtio", "50"}, {"sextio", "60"}, {"nittio", "90"},
                {"femton", "15"}, {"sexton", "16"}, {"nitton", "19"}, {"hundra", "100"}, {"åttio", "80"},
                {"tjugo", "20"}, {"arton", "18"}, {"tusen", "1000"}, {"fyra", "4"}, {"åtta", "8"}, {"elva", "11"},
                {"tolv", "12"}, {"ett", "1"}, {"två", "2"}, {"tre", "3"}, {"fem", "5"}, {"sex", "6"}, {"sju", "7"},
                {"nio", "9"}, {"tio", "10"}, {"en", "1"}};
        for (String[] word : table) {
            WORDS.put(word[0], Integer.valueOf(word[1]));
        }
    }

    private NumberWords() {
    }

    /** The number the words or digits say, or none when they are not a number. */
    static OptionalInt parse(String words) {
        if (words == null) {
            return OptionalInt.empty();
        }
        String text = words.trim().toLowerCase(Locale.ROOT);
        if (text.matches("\\d{1,3}([ \u00a0]\\d{3})+|\\d{1,9}")) {
            return OptionalInt.of(Integer.parseInt(text.replaceAll("[ \u00a0]", "")));
        }
        // "ettusen" is "ett" and "tusen" with the double t written once.
        text = text.replaceAll("\\s+", "").replace("ettusen", "etttusen");
        return text.isEmpty() ? OptionalInt.empty() : spelled(text);
    }

    /** Below a hundred adds up; "hundra" and "tusen" multiply what came before them (one when nothing did). */
    private static OptionalInt spelled(String text) {
        int thousands = 0;
        int hundreds = 0;
        int rest = 0;
        int position = 0;
        while (position < text.length()) {
            String word = wordAt(text, position);
            if (word == null) {
                return OptionalInt.empty();
            }
            int value = WORDS.get(word);
            if (value == 1000) {
                if (thousands > 0) {
                    return OptionalInt.empty();
                }
                thousands = Math.max(1, hundreds + rest) * 1000;
                hundreds = 0;
                rest = 0;
            } else if (value == 100) {
                if (hundreds > 0 || rest > 9) {
                    return OptionalInt.empty();
                }
                hundreds = Math.max(1, rest) * 100;
                rest = 0;
            } else if (rest == 0 || (rest >= 20 && rest % 10 == 0 && value < 10)) {
                rest += value;
            } else {
                return OptionalInt.empty();
            }
            position += word.length();
        }
        return OptionalInt.of(thousands + hundreds + rest);
    }

    private static String wordAt(String text, int position) {
        return WORDS.keySet().stream().filter(word -> text.startsWith(word, position)).findFirst().orElse(null);
    }
}
