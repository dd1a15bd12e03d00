package se.lofteskollen.query.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress said in plain Swedish, and in English to a reader who asked for it. */
class ProgressInWordsTest {

    @AfterEach
    void noReaderAsks() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void countsAreSaidAsPeopleSayThem() {
        assertThat(ProgressInWords.counted(Measure.meetingsOf(Network.TISTEL), 3, 4)).isEqualTo("Tistel har träffats 3 av 4 gånger");
        assertThat(ProgressInWords.counted(Measure.placeVisits(), 64, 100)).isEqualTo("64 av 100 platsbesök");
        assertThat(ProgressInWords.counted(Measure.activities(ActivityKind.FOOT_PATROL), 2, 10)).isEqualTo("2 av 10 fotpatrulleringar");
        assertThat(ProgressInWords.periods(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK, 26, 27))
                .isEqualTo("Lägesbilder 26 av 27 veckor");
        assertThat(ProgressInWords.periods(Measure.meetingsOf(Network.TISTEL), Target.Period.MONTH, 5, 6))
                .isEqualTo("Tistelmöten 5 av 6 månader");
    }

    @Test
    void deadlinesSayWhenTheyWereMetOrAreDue() {
        Target.Deadline study = new Target.Deadline("förstudien klar", LocalDate.of(2025, 6, 30));
        assertThat(ProgressInWords.achieved(new TargetProgress(study, "DEADLINE", 1, 1, null, null, LocalDate.of(2025, 6, 15), Status.DONE)))
                .isEqualTo("Klart 15 juni 2025: förstudien klar");
        assertThat(ProgressInWords.achieved(new TargetProgress(study, "DEADLINE", 1, 0, null, null, null, Status.DUE)))
                .isEqualTo("Ska vara klart senast 30 juni 2025: förstudien klar");
        assertThat(ProgressInWords.achieved(new TargetProgress(study, "DEADLINE", 1, 0, null, null, null, Status.OVERDUE)))
                .isEqualTo("Skulle ha varit klart senast 30 juni 2025: förstudien klar");
    }

    @Test
    void anIncreaseIsSaidAgainstLastYearOrItsMissingBaseline() {
        Target.Increase more = new Target.Increase(Measure.activities(ActivityKind.CITIZEN_DIALOGUE));
        assertThat(ProgressInWords.achieved(new TargetProgress(more, "INCREASE", 12, 7, 6, null, null, Status.ON_TRACK)))
                .isEqualTo("7 medborgardialoger hittills i år, mot 12 hela året före");
        assertThat(ProgressInWords.achieved(new TargetProgress(more, "INCREASE", null, 7, null, null, null, Status.NO_BASELINE)))
                .isEqualTo("7 medborgardialoger hittills i år (jämförelsetal för året före saknas)");
    }

    @Test
    void partiesAndDates() {
        assertThat(ProgressInWords.parties(List.of(new PromiseParty("POLICE", "Polisen", "POLICE"),
                new PromiseParty("MUNICIPALITY", "Kommunen", "MUNICIPALITY")))).isEqualTo("Polisen och Kommunen");
        assertThat(ProgressInWords.parties(List.of(new PromiseParty("POLICE", "Polisen", "POLICE"),
                new PromiseParty("MUNICIPALITY", "Kommunen", "MUNICIPALITY"), new PromiseParty("REGION", "Region Kalmar län", "REGION"))))
                .isEqualTo("Polisen, Kommunen och Region Kalmar län");
        assertThat(ProgressInWords.promisedBy(List.of(new PromiseParty("POLICE", "Lokalpolisområde Hultsfred", "POLICE"),
                new PromiseParty("MUNICIPALITY", null, "MUNICIPALITY")))).isEqualTo("Lokalpolisområde Hultsfred");
        assertThat(ProgressInWords.date(LocalDate.of(2025, 3, 31))).isEqualTo("31 mars 2025");
        assertThat(ProgressInWords.ongoing(null, List.of())).isEqualTo("Löpande arbete, inget rapporterat ännu");
        assertThat(ProgressInWords.done(List.of(
                new CommitmentProgress.Done(Measure.activities(ActivityKind.CONCERN_TALK), 37),
                new CommitmentProgress.Done(Measure.activities(ActivityKind.FOOT_PATROL), 1),
                new CommitmentProgress.Done(Measure.meetingsOf(Network.SIG), 2))))
                .isEqualTo("37 orossamtal, 1 fotpatrullering och 2 SIG-möten");
    }

    @Test
    void aReaderWhoAskedForEnglishReadsEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(ProgressInWords.counted(Measure.meetingsOf(Network.TISTEL), 3, 4)).isEqualTo("Tistel has met 3 of 4 times");
        assertThat(ProgressInWords.counted(Measure.placeVisits(), 64, 100)).isEqualTo("64 of 100 place visits");
        assertThat(ProgressInWords.periods(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK, 26, 27))
                .isEqualTo("Situation pictures: 26 of 27 weeks");
        assertThat(ProgressInWords.date(LocalDate.of(2026, 12, 6))).isEqualTo("6 December 2026");
        assertThat(MeasureNames.describe(new Target.Count(Measure.meetingsOf(Network.TISTEL), 4)))
                .isEqualTo("At least 4 Tistel meetings during the year");
        assertThat(ProgressInWords.done(List.of(
                new CommitmentProgress.Done(Measure.activities(ActivityKind.CONCERN_TALK), 37),
                new CommitmentProgress.Done(Measure.meetingsOf(Network.SIG), 1))))
                .isEqualTo("37 concern talks and 1 SIG meeting");
        assertThat(Status.AT_RISK.words()).isEqualTo("At risk of missing the target");
        // What machines read stays Swedish whoever asks.
        assertThat(Status.AT_RISK.words(ProgressInWords.SWEDISH)).isEqualTo("Risk för att inte nå målet");
        assertThat(ProgressInWords.label(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK,
                ProgressInWords.SWEDISH)).isEqualTo("Lägesbilder (veckor)");
    }

    @Test
    void outsideARequestTheWordsAreSwedishWhateverTheMachineSpeaks() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(Status.ON_TRACK.words()).isEqualTo("Enligt plan");
            assertThat(ProgressInWords.date(LocalDate.of(2025, 6, 10))).isEqualTo("10 juni 2025");
        } finally {
            Locale.setDefault(machine);
        }
    }
}
