package se.lofteskollen.command.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The table of target phrases, phrase by phrase, in the promise year 2025. */
class TargetPhrasesTest {

    private static final int YEAR = 2025;
    private static final Measure PLACE_VISITS = Measure.placeVisits();

    private static Target count(Measure measure, int atLeast) {
        return new Target.Count(measure, atLeast);
    }

    private static Target meetings(Network network, int atLeast) {
        return new Target.Count(Measure.meetingsOf(network), atLeast);
    }

    private static Target activities(ActivityKind kind, int atLeast) {
        return new Target.Count(Measure.activities(kind), atLeast);
    }

    private static Target weekly(Measure measure) {
        return new Target.Cadence(measure, Target.Period.WEEK);
    }

    private static Target monthly(Measure measure) {
        return new Target.Cadence(measure, Target.Period.MONTH);
    }

    /** Milestones are compared by their date only: their wording is the reader's, not the rule's. */
    private static Target due(int month, int day) {
        return new Target.Deadline("*", LocalDate.of(YEAR, month, day));
    }

    private static Target more(Measure measure) {
        return new Target.Increase(measure);
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                // counts: number words and digits, what is counted, the year as the period
                arguments("Nätverket Tistel ska träffas minst fyra gånger per år.", List.of(meetings(Network.TISTEL, 4)), 0),
                arguments("Polisen ska ha hög synlighet genom minst hundra platsbesök på ett år.", List.of(count(PLACE_VISITS, 100)), 0),
                arguments("Polisen ska genomföra minst 100 platsbesök.", List.of(count(PLACE_VISITS, 100)), 0),
                arguments("Polisen ska genomföra minst 1 000 platsbesök under 2025.", List.of(count(PLACE_VISITS, 1000)), 0),
                arguments("Polisen ska göra minst ett hundra platsbesök.", List.of(count(PLACE_VISITS, 100)), 0),
                arguments("Polisen ska hålla minst tjugofem orossamtal per år.", List.of(activities(ActivityKind.CONCERN_TALK, 25)), 0),
                arguments("Kommunen ska bjuda in till minst tvåhundrafemtio medborgardialoger.", List.of(activities(ActivityKind.CITIZEN_DIALOGUE, 250)), 0),
                arguments("Polisen ska genomföra minst ettusen fotpatrulleringar i centrum.", List.of(activities(ActivityKind.FOOT_PATROL, 1000)), 0),
                arguments("SSPF-gruppen ska mötas minst tolv gånger per år.", List.of(meetings(Network.SSPF, 12)), 0),
                arguments("Bob-råd ska sammanträda minst sex gånger om året.", List.of(meetings(Network.BOB_RAD, 6)), 0),
                arguments("Sociala insatsgrupper ska träffas minst 10 gånger i året.", List.of(meetings(Network.SIG, 10)), 0),
                arguments("Kommunen ska ta fram minst trettio lägesbilder.", List.of(activities(ActivityKind.SITUATION_PICTURE, 30)), 0),
                // a count of something the service does not know: OTHER, and a note to check it
                arguments("Kommunen ska genomföra minst fem trygghetsvandringar.", List.of(activities(ActivityKind.OTHER, 5)), 1),
                arguments("Samverkansgruppen ska träffas minst fyra gånger per år.", List.of(meetings(Network.OTHER, 4)), 1),
                // weekly cadence
                arguments("Kommunen ska ha uppdaterade lägesbilder kring brott och otrygghet varje vecka.",
                        List.of(weekly(Measure.activities(ActivityKind.SITUATION_PICTURE))), 0),
                arguments("Kommunen ska ta fram en lägesbild minst en gång i veckan.",
                        List.of(weekly(Measure.activities(ActivityKind.SITUATION_PICTURE))), 0),
                arguments("Polisen ska fotpatrullera i centrum varje vecka.", List.of(weekly(Measure.activities(ActivityKind.FOOT_PATROL))), 0),
                arguments("Nätverket Tistel ska träffas en gång per vecka.", List.of(weekly(Measure.meetingsOf(Network.TISTEL))), 0),
                // deadlines
                arguments("Polisen och kommunen ska utreda behovet av samverkan inom ramen för SIG under våren 2025.", List.of(due(6, 30)), 0),
                arguments("Kommunen ska under våren genomföra en förstudie.", List.of(due(6, 30)), 0),
                arguments("Kommunen ska kartlägga hedersnormer och presentera resultatet under hösten/vintern.", List.of(due(12, 31)), 0),
                arguments("Kommunen ska presentera resultatet under hösten.", List.of(due(12, 31)), 0),
                arguments("Kommunen ska anta en handlingsplan senast den 30 september.", List.of(due(9, 30)), 0),
                arguments("Kommunen ska anta en handlingsplan senast 15 mars 2025.", List.of(due(3, 15)), 0),
                arguments("Kommunen ska anta en handlingsplan senast 2025-10-01.", List.of(due(10, 1)), 0),
                arguments("Polisen ska redovisa arbetet senast i juni.", List.of(due(6, 30)), 0),
                arguments("Kommunen ska utvärdera satsningen före årsskiftet.", List.of(due(12, 31)), 0),
                arguments("Polisen ska utbilda personalen under första halvåret.", List.of(due(6, 30)), 0),
                // a deadline in another year is read, and noted: a pledge refuses it
                arguments("Kommunen ska anta en handlingsplan under våren 2026.", List.of(new Target.Deadline("*", LocalDate.of(2026, 6, 30))), 1),
                // increase
                arguments("Polisen ska arbeta för att öka antalet medborgardialoger.", List.of(more(Measure.activities(ActivityKind.CITIZEN_DIALOGUE))), 0),
                arguments("Polisen ska genomföra fler platsbesök än under 2024.", List.of(more(PLACE_VISITS)), 0),
                arguments("Polisen ska göra fler fotpatrulleringar i centrum än föregående år.", List.of(more(Measure.activities(ActivityKind.FOOT_PATROL))), 0),
                // more than one target in one commitment
                arguments("Kommunen ska ha uppdaterade lägesbilder varje vecka. Under våren kommer polisanmälningar att kunna importeras.",
                        List.of(weekly(Measure.activities(ActivityKind.SITUATION_PICTURE)), due(6, 30)), 0),
                // ongoing: no target in the words
                arguments("Polisen ska hålla orossamtal med unga och deras föräldrar när det är påkallat.", List.of(), 0),
                arguments("Polisen ska ägna sig åt ordningshållande fotpatrullering på platser där behovet är som störst.", List.of(), 0),
                arguments("Polisen och kommunen ska samverka kring perioder där risken är som störst, exempelvis inför sommarlovet.", List.of(), 0),
                arguments("Kommunen ska delta i utbildningen i syfte att öka kunskapen om våld.", List.of(), 0),
                arguments("Polisen ska vara minst lika synlig som förra året.", List.of(), 0),
                // monthly rhythms: a CADENCE per month
                arguments("Nätverket Tistel ska träffas varje månad.", List.of(monthly(Measure.meetingsOf(Network.TISTEL))), 0),
                arguments("Kommunen ska ta fram en lägesbild en gång i månaden.",
                        List.of(monthly(Measure.activities(ActivityKind.SITUATION_PICTURE))), 0),
                arguments("Polisen ska månatligen genomföra medborgardialoger.",
                        List.of(monthly(Measure.activities(ActivityKind.CITIZEN_DIALOGUE))), 0),
                arguments("Polisen ska göra minst ett platsbesök per månad.", List.of(monthly(Measure.placeVisits())), 0),
                // other rhythms: a note for the coordinator, never a target
                arguments("Tistel ska träffas minst två gånger per månad.", List.of(), 1),
                arguments("Polisen ska fotpatrullera minst två gånger i veckan.", List.of(), 1),
                arguments("Kommunen ska rapportera kvartalsvis.", List.of(), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void eachPhraseIsReadAsItsTarget(String words, List<Target> expected, int notes) {
        TargetPhrases.Reading reading = TargetPhrases.read(words, YEAR);

        assertThat(reading.targets()).extracting(found -> comparable(found.target()))
                .containsExactlyElementsOf(expected.stream().map(TargetPhrasesTest::comparable).toList());
        assertThat(reading.remarks()).as("notes for the coordinator").hasSize(notes);
    }

    @Test
    void eachTargetCarriesTheWordsItWasReadFrom() {
        TargetPhrases.Reading reading = TargetPhrases.read(
                "Polisen ska ha hög synlighet genom minst hundra platsbesök på ett år med åtgärder anpassade efter problembild.", YEAR);

        assertThat(reading.targets()).singleElement().satisfies(found -> {
            assertThat(found.because()).isEqualTo("minst hundra platsbesök på ett år");
            assertThat(found.reading()).isEqualTo("COUNT: at least 100 place visits in the year");
        });
    }

    @Test
    void aMonthlyRhythmIsACadenceOfMonthsNamingItsWords() {
        TargetPhrases.Reading reading = TargetPhrases.read("Nätverket Tistel ska träffas en gång i månaden.", YEAR);

        assertThat(reading.remarks()).isEmpty();
        assertThat(reading.targets()).singleElement().satisfies(found -> {
            assertThat(found.because()).isEqualTo("en gång i månaden");
            assertThat(found.reading()).isEqualTo("CADENCE: meetings of TISTEL, every month");
        });
    }

    @Test
    void aQuarterlyRhythmIsANoteNamingItsWords() {
        TargetPhrases.Reading reading = TargetPhrases.read("Kommunen ska rapportera kvartalsvis.", YEAR);

        assertThat(reading.targets()).isEmpty();
        assertThat(reading.remarks()).singleElement().satisfies(remark -> {
            assertThat(remark.because()).isEqualTo("kvartalsvis");
            assertThat(remark.message()).contains("quarterly");
        });
    }

    @Test
    void aDeadlinesMilestoneIsWhatIsToBeDoneWithoutWhoWhenOrWhy() {
        assertThat(milestone("Polisen och kommunen ska utreda behovet av samverkan kring kriminella unga inom ramen för "
                + "SIG (Sociala insatsgrupper) under våren 2025."))
                .isEqualTo("Utreda behovet av samverkan kring kriminella unga inom ramen för SIG");
        assertThat(milestone("Kommunen ska under våren genomföra en förstudie av sina organisatoriska förutsättningar för "
                + "ett systematiskt arbete mot välfärdsbrott, med målet att stärka både den interna kontrollen."))
                .isEqualTo("Genomföra en förstudie av sina organisatoriska förutsättningar för ett systematiskt arbete mot välfärdsbrott");
        assertThat(milestone("Under våren kommer polisanmälningar att kunna importeras i systemet och addera till kartläggningen."))
                .isEqualTo("Polisanmälningar kan importeras i systemet och addera till kartläggningen");
    }

    @Test
    void twoDeadlinesOfOneCommitmentNameDifferentMilestones() {
        TargetPhrases.Reading reading = TargetPhrases.read(
                "Kommunen ska presentera planen under våren. Kommunen ska presentera planen under hösten.", YEAR);

        assertThat(reading.targets()).extracting(found -> ((Target.Deadline) found.target()).milestone())
                .containsExactly("Presentera planen", "Presentera planen (2)");
    }

    @Test
    void aDeadlineWithoutAYearInATextWithoutOneIsANote() {
        TargetPhrases.Reading reading = TargetPhrases.read("Kommunen ska genomföra en förstudie under våren.", null);

        assertThat(reading.targets()).isEmpty();
        assertThat(reading.remarks()).singleElement().satisfies(remark -> assertThat(remark.because()).isEqualTo("under våren"));
    }

    private static String milestone(String words) {
        return TargetPhrases.read(words, YEAR).targets().stream()
                .map(found -> ((Target.Deadline) found.target()).milestone()).findFirst().orElseThrow();
    }

    private static Object comparable(Target target) {
        return target instanceof Target.Deadline deadline ? "DEADLINE by " + deadline.dueOn() : target;
    }
}
