package se.lofteskollen.query.progress;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The default data's milestones in English on English pages; every other name as stored. */
class MilestoneNamesTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");


    @Test
    void aDefaultMilestoneIsShownInEnglishOnEnglishPagesAndAsStoredOnSwedishOnes() {
        String stored = "Förstudien om arbetet mot välfärdsbrott klar";

        assertThat(MilestoneNames.shown(stored, Locale.ENGLISH)).isEqualTo("Pre-study on work against welfare crime done");
        assertThat(MilestoneNames.shown(stored, SWEDISH)).isEqualTo(stored);
        assertThat(MilestoneNames.shown("Polisanmälningar kan importeras i EST-systemet", Locale.ENGLISH))
                .isEqualTo("Police reports importable into the EST system");
    }

    @Test
    void aNameTheBundleDoesNotKnowIsShownAsStoredInBothLanguages() {
        assertThat(MilestoneNames.shown("Trygghetsvandring i Gamlebyviken genomförd", Locale.ENGLISH))
                .isEqualTo("Trygghetsvandring i Gamlebyviken genomförd");
        assertThat(MilestoneNames.shown("pre-study on welfare crime done", SWEDISH)).isEqualTo("pre-study on welfare crime done");
    }

    @Test
    void aMilestoneNamedLikeAnotherMessageKeyIsNotTranslated() {
        assertThat(MilestoneNames.shown("progress.status.ON_TRACK", Locale.ENGLISH)).isEqualTo("progress.status.ON_TRACK");
    }

    @Test
    void aTargetInWordsNamesTheDefaultMilestoneInThePagesLanguage() {
        var deadline = new se.lofteskollen.events.Target.Deadline("Förstudien om arbetet mot välfärdsbrott klar",
                java.time.LocalDate.of(2025, 6, 30));

        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(MeasureNames.describe(deadline)).contains("Pre-study on work against welfare crime done");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(SWEDISH);
            assertThat(MeasureNames.describe(deadline)).contains("Förstudien om arbetet mot välfärdsbrott klar");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
