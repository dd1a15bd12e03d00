package se.lofteskollen.command.rules;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.lofteskollen.events.Organisations;
import se.lofteskollen.events.text.TextRefused;
import se.lofteskollen.platform.testing.MessageBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal is a key of {@code messages/refusals}: every key the code names is in both languages, and the English is
 * the API's text word for word (also where arguments and apostrophes meet MessageFormat).
 */
class RefusalBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(refusal\\.[A-Za-z]+\\.[A-Za-z]+)\"");
    private static final List<String> PAGES = List.of("draft", "coordination", "reportForm", RefusalMessages.EVERY_FORM);

    @Test
    void everyRefusalKeyInTheCodeIsSaidInSwedishAndInEnglish() throws IOException {
        Properties swedish = bundle("sv");
        Properties english = bundle("en");
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        for (TextRefused.Reason reason : TextRefused.Reason.values()) {
            keys.add("text." + reason.name());
        }

        assertThat(keys).hasSizeGreaterThan(70);
        assertThat(keys).allSatisfy(key -> {
            assertThat(swedish).as("refusals_sv").containsKey(key);
            assertThat(english).as("refusals_en").containsKey(key);
        });
    }

    @Test
    void aPagesOwnWordingIsOfAKeyTheBundleHas() throws IOException {
        Properties english = bundle("en");
        for (String key : english.stringPropertyNames()) {
            for (String page : PAGES) {
                if (key.endsWith("." + page)) {
                    assertThat(english).as(key).containsKey(key.substring(0, key.length() - page.length() - 1));
                }
            }
        }
    }

    @Test
    void bothLanguagesSayEveryMessageOfTheModule() throws IOException {
        MessageBundles.assertBothLanguagesSayEverything();
    }

    @Test
    void theEnglishTextIsTheApisAsBefore() {
        assertThat(new Conflict(null, "refusal.commitment.withdrawn", "c-1", "it was done").getMessage())
                .isEqualTo("commitment c-1 was withdrawn: it was done");
        assertThat(new InvalidCommand("dueOn", "refusal.date.outsidePromiseYear", 2025).getMessage())
                .isEqualTo("lies outside the promise year 2025");
        assertThat(new InvalidCommand("predecessorId", "refusal.commitment.renewsNone", "p-2026").getMessage())
                .isEqualTo("promise p-2026 renews no promise, so its commitments carry on none of last year's");
        assertThat(new InvalidCommand("text", "refusal.draft.empty").getMessage())
                .isEqualTo("must not be empty: send the promise's published text");
        assertThat(new NotPermitted("reportId", "refusal.access.otherOrganisationsReport", "r-1").getMessage())
                .isEqualTo("report r-1 was made by another organisation; a reporter retracts only its own organisation's reports");
        assertThat(new InvalidCommand("file", "refusal.import.unknownColumn", 3, "personnummer", "kind, notes").getMessage())
                .isEqualTo("line 1, column 3: unknown column \"personnummer\"; the columns are kind, notes");
        assertThat(new InvalidCommand("file", "refusal.import.tooManyRows", 10_001, 10_000).getMessage())
                .isEqualTo("has 10001 rows; an import takes at most 10000: split the file");
        assertThat(new InvalidCommand("parties[0].organisation", "refusal.organisation.code", Organisations.RULE).getMessage())
                .isEqualTo("is not " + Organisations.RULE);
    }

    @Test
    void aTextRefusedSaysTheApiWhatTextRefusedSaysIt() {
        for (TextRefused.Reason reason : TextRefused.Reason.values()) {
            TextRefused refused = new TextRefused("notes", reason, 4000);
            assertThat(Refusal.of("text." + reason.name(), refused.max()).english()).isEqualTo(refused.forApi());
        }
    }

    @Test
    void aPageSaysARefusalInTheReadersLanguageInItsOwnWords() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(Refusal.BUNDLE);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        RefusalMessages messages = new RefusalMessages(source);
        Refusal outside = new InvalidCommand("dueOn", "refusal.date.outsidePromiseYear", 2025).refusal();

        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        try {
            assertThat(messages.say(outside, "coordination")).isEqualTo("Dagen ligger utanför löftesåret 2025. Välj en dag under 2025.");
            assertThat(messages.say(outside, "reportForm")).isEqualTo("Datumet ligger utanför löftesåret 2025. Välj en dag under 2025.");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(messages.say(outside, "coordination")).isEqualTo("lies outside the promise year 2025");
            assertThat(messages.say(outside, "reportForm")).isEqualTo("The date lies outside the promise year 2025. Choose a day in 2025.");
            assertThat(messages.say(Refusal.of("text.PHONE_NUMBER", 4000), "coordination"))
                    .startsWith("The text seems to hold a phone number.").doesNotContain("Texten");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = RefusalBundlesTest.class.getResourceAsStream("/" + Refusal.BUNDLE + "_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
