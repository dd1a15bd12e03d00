package se.lofteskollen.query.progress;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The default data's milestones in English on English pages; every other name as stored. */
class MilestoneNamesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final MilestoneNames names = new MilestoneNames(bundles());

    /** As the pages read their bundles (platform/pages/PageLanguage): UTF-8, Swedish the default, no system language. */
    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/milestones", "messages/query");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(SWEDISH);
        return messages;
    }

    @Test
    void aDefaultMilestoneIsShownInEnglishOnEnglishPagesAndAsStoredOnSwedishOnes() {
        String stored = "Förstudien om arbetet mot välfärdsbrott klar";

        assertThat(names.shown(stored, Locale.ENGLISH)).isEqualTo("Pre-study on work against welfare crime done");
        assertThat(names.shown(stored, SWEDISH)).isEqualTo(stored);
        assertThat(names.shown("Polisanmälningar kan importeras i EST-systemet", Locale.ENGLISH))
                .isEqualTo("Police reports importable into the EST system");
    }

    @Test
    void aNameTheBundleDoesNotKnowIsShownAsStoredInBothLanguages() {
        assertThat(names.shown("Trygghetsvandring i Gamlebyviken genomförd", Locale.ENGLISH))
                .isEqualTo("Trygghetsvandring i Gamlebyviken genomförd");
        assertThat(names.shown("pre-study on welfare crime done", SWEDISH)).isEqualTo("pre-study on welfare crime done");
    }

    @Test
    void aMilestoneNamedLikeAnotherMessageKeyIsNotTranslated() {
        assertThat(names.shown("layout.menu", Locale.ENGLISH)).isEqualTo("layout.menu");
    }
}
