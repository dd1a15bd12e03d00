package se.lofteskollen.query.progress;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentFacts.Baseline;
import se.lofteskollen.query.progress.CommitmentFacts.Milestone;
import se.lofteskollen.query.progress.CommitmentFacts.Note;
import se.lofteskollen.query.progress.CommitmentFacts.Tally;
import se.lofteskollen.query.progress.CommitmentFacts.Version;
import se.lofteskollen.query.progress.CommitmentFacts.Withdrawal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress rules of DESIGN.md, by hand-computed figures, at the edges of the year. Reports are given one by one
 * here (a tally of one report each, keyed by the report, and a negative one for its retraction); ReportTalliesTest
 * shows that the tallies of the read model give the rules the same figures.
 */
class ProgressRulesTest {

    static final Instant PLEDGED = Instant.parse("2025-01-02T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Measure VISITS = Measure.placeVisits();
    static final Measure TISTEL = Measure.meetingsOf(Network.TISTEL);
    static final Measure PICTURES = Measure.activities(ActivityKind.SITUATION_PICTURE);
    static final Measure DIALOGUES = Measure.activities(ActivityKind.CITIZEN_DIALOGUE);

    static ProgressRules on(String asOf) {
        LocalDate day = LocalDate.parse(asOf);
        return new ProgressRules(day.getYear(), day, NOW);
    }

    static ProgressRules on(String asOf, String knownAt) {
        LocalDate day = LocalDate.parse(asOf);
        return new ProgressRules(day.getYear(), day, Instant.parse(knownAt));
    }

    /** A commitment under construction: its facts, recorded at noon on the day they happened unless told. */
    static final class Commitment {
        final List<Version> versions = new ArrayList<>();
        final List<Baseline> baselines = new ArrayList<>();
        final List<Tally> tallies = new ArrayList<>();
        final List<Milestone> milestones = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        Withdrawal withdrawal;
        String id = "c";
        int reportNumber;

        static Commitment with(Target... targets) {
            Commitment commitment = new Commitment();
            commitment.versions.add(new Version(PLEDGED, "text", Set.of("POLICE"), List.of(targets), null));
            return commitment;
        }

        Commitment id(String id) {
            this.id = id;
            return this;
        }

        Commitment revisedAt(String recordedAt, Target... targets) {
            versions.add(new Version(Instant.parse(recordedAt), "revised", Set.of("POLICE"), List.of(targets), "why"));
            return this;
        }

        Commitment report(Measure measure, String occurredOn) {
            return report(measure, occurredOn, 1);
        }

        Commitment report(Measure measure, String occurredOn, int quantity) {
            return reportRecorded(measure, occurredOn, quantity, noonOf(occurredOn), null);
        }

        /** A report, and (unless null) its retraction: the same key, taken away when the retraction is recorded. */
        Commitment reportRecorded(Measure measure, String occurredOn, int quantity, Instant recordedAt, Instant retractedAt) {
            String key = id + "-r" + (++reportNumber);
            tallies.add(new Tally(key, measure, LocalDate.parse(occurredOn), recordedAt, 1, quantity));
            if (retractedAt != null) {
                tallies.add(new Tally(key, measure, LocalDate.parse(occurredOn), retractedAt, -1, -quantity));
            }
            return this;
        }

        Commitment tally(Tally tally) {
            tallies.add(tally);
            return this;
        }

        Commitment reports(Measure measure, int count, String from) {
            LocalDate day = LocalDate.parse(from);
            for (int i = 0; i < count; i++) {
                report(measure, day.toString());
            }
            return this;
        }

        Commitment milestone(String name, String reachedOn, String recordedAt) {
            milestones.add(new Milestone(name, LocalDate.parse(reachedOn), Instant.parse(recordedAt)));
            return this;
        }

        Commitment note(String writtenOn) {
            notes.add(new Note(LocalDate.parse(writtenOn), noonOf(writtenOn)));
            return this;
        }

        Commitment baseline(int value, String recordedAt) {
            baselines.add(new Baseline(Instant.parse(recordedAt), value, "last year"));
            return this;
        }

        Commitment withdrawnAt(String recordedAt) {
            withdrawal = new Withdrawal(Instant.parse(recordedAt), "merged into 6.2");
            return this;
        }

        CommitmentFacts facts() {
            return new CommitmentFacts(id, "1.1", "1", versions, baselines, withdrawal,
                    tallies, milestones, notes);
        }

        CommitmentProgress judgedBy(ProgressRules rules) {
            return rules.evaluate(facts()).orElseThrow();
        }

        TargetProgress target(ProgressRules rules) {
            return judgedBy(rules).targets().get(0);
        }

        private static Instant noonOf(String day) {
            return Instant.parse(day + "T12:00:00Z");
        }
    }

    @Nested
    class DaysElapsed {

        @ParameterizedTest(name = "{0}: day {1} of {2}")
        @CsvSource({
                "2025-01-01, 1, 365",
                "2025-06-30, 181, 365",
                "2025-12-31, 365, 365",
                "2024-02-29, 60, 366",
                "2024-06-30, 182, 366",
                "2024-12-31, 366, 366"})
        void countAsOfItself(String asOf, int elapsed, int inYear) {
            ProgressRules rules = on(asOf);
            assertThat(rules.daysElapsed()).isEqualTo(elapsed);
            assertThat(rules.daysInYear()).isEqualTo(inYear);
        }

        @Test
        void anAsOfOutsideTheYearIsMovedIntoIt() {
            assertThat(new ProgressRules(2025, LocalDate.of(2024, 12, 31), NOW).asOf()).isEqualTo("2025-01-01");
            assertThat(new ProgressRules(2025, LocalDate.of(2026, 3, 1), NOW).asOf()).isEqualTo("2025-12-31");
        }

        @ParameterizedTest(name = "N={0} on {1}: expected {2}")
        @CsvSource({
                "100, 2025-01-01, 0",
                "100, 2025-06-30, 49",
                "100, 2025-12-30, 99",
                "100, 2025-12-31, 100",
                "4, 2025-06-30, 1",
                "4, 2025-07-01, 1",
                "4, 2025-07-02, 2",
                // in a leap year 1 July is day 183 of 366: exactly half of 4
                "4, 2024-07-01, 2",
                "100, 2024-02-29, 16",
                "100, 2024-06-30, 49",
                "100, 2024-12-30, 99",
                "100, 2024-12-31, 100"})
        void expectedIsTheFlooredShareOfTheYear(int atLeast, String asOf, int expected) {
            assertThat(on(asOf).expectedCount(atLeast)).isEqualTo(expected);
        }
    }

    @Nested
    class CountTargets {

        final Target hundredVisits = new Target.Count(VISITS, 100);

        @Test
        void nothingIsExpectedOnTheFirstOfJanuary() {
            TargetProgress progress = Commitment.with(hundredVisits).target(on("2025-01-01"));
            assertThat(progress.expected()).isZero();
            assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        }

        @ParameterizedTest(name = "{0} visits by 30 June 2025 (49 expected): {1}")
        @CsvSource({"49, ON_TRACK", "60, ON_TRACK", "48, AT_RISK", "37, AT_RISK", "36, BEHIND", "0, BEHIND", "100, ACHIEVED"})
        void atMidYear(int visits, Status status) {
            TargetProgress progress = Commitment.with(hundredVisits).reports(VISITS, visits, "2025-03-01").target(on("2025-06-30"));
            assertThat(progress.achieved()).isEqualTo(visits);
            assertThat(progress.expected()).isEqualTo(49);
            assertThat(progress.status()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} visits by 31 December: {1}")
        @CsvSource({"100, ACHIEVED", "130, ACHIEVED", "99, AT_RISK", "75, AT_RISK", "74, BEHIND"})
        void atYearEnd(int visits, Status status) {
            assertThat(Commitment.with(hundredVisits).reports(VISITS, visits, "2025-11-01").target(on("2025-12-31")).status())
                    .isEqualTo(status);
        }

        @Test
        void inALeapYearTheSameDateExpectsMore() {
            Target fourMeetings = new Target.Count(TISTEL, 4);
            // one meeting where two are expected is half: behind
            assertThat(Commitment.with(fourMeetings).report(TISTEL, "2024-03-01").target(on("2024-07-01")).status())
                    .isEqualTo(Status.BEHIND);
            assertThat(Commitment.with(fourMeetings).report(TISTEL, "2025-03-01").target(on("2025-07-01")).status())
                    .isEqualTo(Status.ON_TRACK);
        }

        @Test
        void anActivityAddsItsCount() {
            Target patrols = new Target.Count(Measure.activities(ActivityKind.FOOT_PATROL), 10);
            TargetProgress progress = Commitment.with(patrols)
                    .report(Measure.activities(ActivityKind.FOOT_PATROL), "2025-02-01", 3)
                    .report(Measure.activities(ActivityKind.FOOT_PATROL), "2025-02-02", 2)
                    .report(Measure.activities(ActivityKind.CONCERN_TALK), "2025-02-02", 5)
                    .target(on("2025-12-31"));
            assertThat(progress.achieved()).isEqualTo(5);
        }

        @Test
        void reportsAfterAsOfOrBeforeTheYearDoNotCount() {
            TargetProgress progress = Commitment.with(hundredVisits)
                    .report(VISITS, "2024-12-31")
                    .report(VISITS, "2025-01-01")
                    .report(VISITS, "2025-06-30")
                    .report(VISITS, "2025-07-01")
                    .target(on("2025-06-30"));
            assertThat(progress.achieved()).isEqualTo(2);
        }

        @Test
        void aRetractedReportDoesNotCountOnceTheRetractionIsKnown() {
            Commitment commitment = Commitment.with(hundredVisits).reports(VISITS, 48, "2025-03-01")
                    .reportRecorded(VISITS, "2025-06-20", 1, Instant.parse("2025-06-20T12:00:00Z"),
                            Instant.parse("2025-07-05T09:00:00Z"));

            TargetProgress dashboardOn30June = commitment.target(on("2025-06-30", "2025-06-30T23:59:59Z"));
            TargetProgress afterTheCorrection = commitment.target(on("2025-06-30"));

            assertThat(dashboardOn30June.achieved()).isEqualTo(49);
            assertThat(dashboardOn30June.status()).isEqualTo(Status.ON_TRACK);
            assertThat(afterTheCorrection.achieved()).isEqualTo(48);
            assertThat(afterTheCorrection.status()).isEqualTo(Status.AT_RISK);
        }

        @Test
        void aReportRecordedLateCountsOnlyForAKnownAtAfterIt() {
            Commitment commitment = Commitment.with(hundredVisits).reports(VISITS, 48, "2025-03-01")
                    .reportRecorded(VISITS, "2025-06-20", 1, Instant.parse("2025-07-03T10:00:00Z"), null);

            assertThat(commitment.target(on("2025-06-30", "2025-06-30T23:59:59Z")).achieved()).isEqualTo(48);
            assertThat(commitment.target(on("2025-06-30", "2025-07-03T10:00:00Z")).achieved()).isEqualTo(49);
        }

        @Test
        void aRevisedTargetAppliesToTheWholeYearFromTheMomentItIsRecorded() {
            Commitment commitment = Commitment.with(hundredVisits)
                    .revisedAt("2025-07-10T09:00:00Z", new Target.Count(VISITS, 50))
                    .reports(VISITS, 40, "2025-03-01");

            TargetProgress before = commitment.target(on("2025-06-30", "2025-06-30T23:59:59Z"));
            TargetProgress after = commitment.target(on("2025-06-30"));

            assertThat(before.required()).isEqualTo(100);
            assertThat(before.expected()).isEqualTo(49);
            assertThat(before.status()).isEqualTo(Status.AT_RISK);
            assertThat(after.required()).isEqualTo(50);
            assertThat(after.expected()).isEqualTo(24);
            assertThat(after.status()).isEqualTo(Status.ON_TRACK);
            assertThat(commitment.judgedBy(on("2025-06-30")).text()).isEqualTo("revised");
        }
    }

    @Nested
    class CadenceTargets {

        final Target weekly = new Target.Cadence(PICTURES, Target.Period.WEEK);

        Commitment everyWeekOf(int year, LocalDate until) {
            Commitment commitment = Commitment.with(weekly);
            for (LocalDate day = LocalDate.of(year, 1, 1); !day.isAfter(until); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.FRIDAY || day.equals(LocalDate.of(year, 1, 1))) {
                    commitment.report(PICTURES, day.toString());
                }
            }
            return commitment;
        }

        @Test
        void theFirstDayOfTheYearIsAStartedWeekThatCannotBeMissingYet() {
            TargetProgress progress = Commitment.with(weekly).target(on("2025-01-01"));
            assertThat(progress.required()).isEqualTo(1);
            assertThat(progress.expected()).isZero();
            assertThat(progress.missing()).isZero();
            assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void aWeekIsMissingOnceItsSundayHasPassedWithoutAPicture() {
            assertThat(Commitment.with(weekly).target(on("2025-01-05")).status()).isEqualTo(Status.AT_RISK);
            assertThat(Commitment.with(weekly).report(PICTURES, "2025-01-02").target(on("2025-01-05")).status())
                    .isEqualTo(Status.ON_TRACK);
        }

        @Test
        void aPictureFromTheLastDaysOfTheYearBeforeDoesNotCoverTheFirstWeek() {
            TargetProgress progress = Commitment.with(weekly).report(PICTURES, "2024-12-30").target(on("2025-01-05"));
            assertThat(progress.achieved()).isZero();
            assertThat(progress.status()).isEqualTo(Status.AT_RISK);
        }

        @Test
        void onThirtiethOfJuneTwentySixWeeksHaveEndedAndTheTwentySeventhHasStarted() {
            TargetProgress progress = everyWeekOf(2025, LocalDate.of(2025, 6, 29)).target(on("2025-06-30"));
            assertThat(progress.required()).isEqualTo(27);
            assertThat(progress.expected()).isEqualTo(26);
            assertThat(progress.achieved()).isEqualTo(26);
            assertThat(progress.missing()).isZero();
            assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void oneMissingWeekIsAtRiskAndTwoAreBehind() {
            Commitment oneGap = Commitment.with(weekly);
            Commitment twoGaps = Commitment.with(weekly);
            for (LocalDate friday = LocalDate.of(2025, 1, 3); friday.isBefore(LocalDate.of(2025, 6, 30)); friday = friday.plusWeeks(1)) {
                if (!friday.equals(LocalDate.of(2025, 3, 7))) {
                    oneGap.report(PICTURES, friday.toString());
                }
                if (!friday.equals(LocalDate.of(2025, 3, 7)) && !friday.equals(LocalDate.of(2025, 5, 9))) {
                    twoGaps.report(PICTURES, friday.toString());
                }
            }
            assertThat(oneGap.target(on("2025-06-30")).missing()).isEqualTo(1);
            assertThat(oneGap.target(on("2025-06-30")).status()).isEqualTo(Status.AT_RISK);
            assertThat(twoGaps.target(on("2025-06-30")).status()).isEqualTo(Status.BEHIND);
        }

        @Test
        void onThirtyFirstOfDecemberTheLastPartWeekIsDue() {
            TargetProgress allButLast = everyWeekOf(2025, LocalDate.of(2025, 12, 28)).target(on("2025-12-31"));
            assertThat(allButLast.required()).isEqualTo(53);
            assertThat(allButLast.expected()).isEqualTo(53);
            assertThat(allButLast.missing()).isEqualTo(1);
            assertThat(allButLast.status()).isEqualTo(Status.AT_RISK);

            TargetProgress all = everyWeekOf(2025, LocalDate.of(2025, 12, 28)).report(PICTURES, "2025-12-30")
                    .target(on("2025-12-31"));
            assertThat(all.achieved()).isEqualTo(53);
            assertThat(all.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void aMonthlyRhythmAsksForAReportInEveryMonthAndHoldsOnlyEndedMonthsAgainstAnyone() {
            Commitment monthly = Commitment.with(new Target.Cadence(PICTURES, Target.Period.MONTH))
                    .report(PICTURES, "2025-01-31").report(PICTURES, "2025-02-01").report(PICTURES, "2025-04-02");

            TargetProgress april = monthly.target(on("2025-04-15"));
            assertThat(april.required()).as("months started").isEqualTo(4);
            assertThat(april.expected()).as("months ended").isEqualTo(3);
            assertThat(april.achieved()).as("months covered").isEqualTo(3);
            assertThat(april.missing()).as("March").isEqualTo(1);
            assertThat(april.status()).isEqualTo(Status.AT_RISK);
            assertThat(ProgressInWords.achieved(april)).isEqualTo("Lägesbilder 3 av 4 månader");
            assertThat(ProgressInWords.expected(april)).isEqualTo("1 månad saknas");
        }

        @Test
        void aMonthIsMissingOnlyOnceItsLastDayHasPassed() {
            Target monthly = new Target.Cadence(PICTURES, Target.Period.MONTH);
            assertThat(Commitment.with(monthly).target(on("2025-01-31")).status()).isEqualTo(Status.AT_RISK);
            assertThat(Commitment.with(monthly).target(on("2025-01-30")).status()).isEqualTo(Status.ON_TRACK);
            assertThat(Commitment.with(monthly).report(PICTURES, "2024-12-31").target(on("2025-01-31")).achieved())
                    .as("December of the year before covers nothing").isZero();
        }

        @Test
        void aYearHasTwelveMonthsEndingOnTheThirtyFirstOfDecember() {
            ProgressRules.Periods none = on("2025-12-31").periods(Target.Period.MONTH, Set.of());
            assertThat(none.started()).isEqualTo(12);
            assertThat(none.ended()).isEqualTo(12);
            assertThat(none.missing()).isEqualTo(12);
        }

        @Test
        void aLeapYearStartingOnMondayHasFiftyThreeWeeks() {
            ProgressRules rules = on("2024-12-31");
            ProgressRules.Periods none = rules.periods(Target.Period.WEEK, Set.of());
            assertThat(none.started()).isEqualTo(53);
            assertThat(none.ended()).isEqualTo(53);

            Set<LocalDate> everyMonday = new HashSet<>();
            for (LocalDate monday = LocalDate.of(2024, 1, 1); monday.getYear() == 2024; monday = monday.plusWeeks(1)) {
                everyMonday.add(monday);
            }
            assertThat(rules.periods(Target.Period.WEEK, everyMonday).missing()).isZero();
            assertThat(on("2024-02-29").periods(Target.Period.WEEK, everyMonday)).isEqualTo(new ProgressRules.Periods(9, 8, 9, 0));
        }

        @Test
        void aRetractedPictureLeavesItsWeekUncovered() {
            TargetProgress progress = Commitment.with(weekly)
                    .reportRecorded(PICTURES, "2025-01-02", 1, Instant.parse("2025-01-02T12:00:00Z"),
                            Instant.parse("2025-01-03T12:00:00Z"))
                    .target(on("2025-01-05"));
            assertThat(progress.status()).isEqualTo(Status.AT_RISK);
        }
    }

    @Nested
    class DeadlineTargets {

        final Target byMidYear = new Target.Deadline("pre-study on welfare crime done", LocalDate.of(2025, 6, 30));

        @Test
        void dueUntilAndOnItsDateThenOverdue() {
            assertThat(Commitment.with(byMidYear).target(on("2025-01-01")).status()).isEqualTo(Status.DUE);
            assertThat(Commitment.with(byMidYear).target(on("2025-06-30")).status()).isEqualTo(Status.DUE);
            assertThat(Commitment.with(byMidYear).target(on("2025-07-01")).status()).isEqualTo(Status.OVERDUE);
        }

        @Test
        void doneFromTheDayTheMilestoneWasReached() {
            Commitment commitment = Commitment.with(byMidYear)
                    .milestone("Pre-study on  welfare crime DONE ", "2025-06-15", "2025-06-16T08:00:00Z");

            assertThat(commitment.target(on("2025-06-14")).status()).isEqualTo(Status.DUE);
            TargetProgress done = commitment.target(on("2025-06-30"));
            assertThat(done.status()).isEqualTo(Status.DONE);
            assertThat(done.reachedOn()).isEqualTo("2025-06-15");
            assertThat(commitment.target(on("2025-06-30", "2025-06-15T23:00:00Z")).status()).isEqualTo(Status.DUE);
        }

        @Test
        void aMilestoneReachedLateIsDoneButOverdueUntilThen() {
            Commitment commitment = Commitment.with(byMidYear)
                    .milestone("pre-study on welfare crime done", "2025-07-10", "2025-07-10T15:00:00Z");
            assertThat(commitment.target(on("2025-07-05")).status()).isEqualTo(Status.OVERDUE);
            assertThat(commitment.target(on("2025-12-31")).status()).isEqualTo(Status.DONE);
        }

        @Test
        void anotherMilestoneDoesNotMeetTheDeadline() {
            assertThat(Commitment.with(byMidYear).milestone("something else", "2025-03-01", "2025-03-01T10:00:00Z")
                    .target(on("2025-12-31")).status()).isEqualTo(Status.OVERDUE);
        }

        @Test
        void aDeadlineOnTheLastDayIsStillDueOnIt() {
            Target byYearEnd = new Target.Deadline("mapping presented", LocalDate.of(2025, 12, 31));
            assertThat(Commitment.with(byYearEnd).target(on("2025-12-31")).status()).isEqualTo(Status.DUE);
        }
    }

    @Nested
    class IncreaseTargets {

        final Target moreDialogues = new Target.Increase(DIALOGUES);

        @Test
        void withoutABaselineTheStatusSaysSo() {
            TargetProgress progress = Commitment.with(moreDialogues).report(DIALOGUES, "2025-03-01", 4).target(on("2025-06-30"));
            assertThat(progress.status()).isEqualTo(Status.NO_BASELINE);
            assertThat(progress.achieved()).isEqualTo(4);
            assertThat(progress.required()).isNull();
        }

        @Test
        void aBaselineRecordedAfterKnownAtIsNotYetThere() {
            Commitment commitment = Commitment.with(moreDialogues).baseline(12, "2025-08-01T10:00:00Z");
            assertThat(commitment.target(on("2025-06-30", "2025-06-30T23:59:59Z")).status()).isEqualTo(Status.NO_BASELINE);
            assertThat(commitment.target(on("2025-06-30")).status()).isNotEqualTo(Status.NO_BASELINE);
        }

        @ParameterizedTest(name = "{0} dialogues by 30 June against 12 last year (5.95 pro rata): {1}")
        @CsvSource({"6, ON_TRACK", "12, ON_TRACK", "5, AT_RISK", "4, BEHIND", "13, ACHIEVED"})
        void atMidYear(int dialogues, Status status) {
            TargetProgress progress = Commitment.with(moreDialogues).baseline(12, "2025-01-10T10:00:00Z")
                    .report(DIALOGUES, "2025-03-01", dialogues).target(on("2025-06-30"));
            assertThat(progress.required()).isEqualTo(12);
            assertThat(progress.expected()).isEqualTo(6);
            assertThat(progress.status()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} dialogues in the year against 12: {1}")
        @CsvSource({"13, ACHIEVED", "12, AT_RISK", "11, BEHIND"})
        void atYearEnd(int dialogues, Status status) {
            assertThat(Commitment.with(moreDialogues).baseline(12, "2025-01-10T10:00:00Z")
                    .report(DIALOGUES, "2025-10-01", dialogues).target(on("2025-12-31")).status()).isEqualTo(status);
        }

        @Test
        void onTheFirstOfJanuaryNothingIsLevelWithTheBaseline() {
            assertThat(Commitment.with(moreDialogues).baseline(12, "2024-12-20T10:00:00Z").target(on("2025-01-01")).status())
                    .isEqualTo(Status.AT_RISK);
        }

        @Test
        void theLatestBaselineKnownApplies() {
            Commitment commitment = Commitment.with(moreDialogues).baseline(4, "2025-01-10T10:00:00Z")
                    .baseline(20, "2025-05-10T10:00:00Z").report(DIALOGUES, "2025-03-01", 6);
            assertThat(commitment.target(on("2025-06-30", "2025-04-01T00:00:00Z")).status()).isEqualTo(Status.ACHIEVED);
            assertThat(commitment.target(on("2025-06-30")).status()).isEqualTo(Status.BEHIND);
            assertThat(commitment.judgedBy(on("2025-06-30")).baseline()).isEqualTo(20);
        }
    }

    @Nested
    class OngoingCommitments {

        @Test
        void activeWhenSomethingWasReportedInTheNinetyDaysEndingOnAsOf() {
            assertThat(LocalDate.of(2025, 6, 30).minusDays(89)).isEqualTo("2025-04-02");
            assertThat(Commitment.with().report(TISTEL, "2025-04-02").judgedBy(on("2025-06-30")).status()).isEqualTo(Status.ACTIVE);
            assertThat(Commitment.with().report(TISTEL, "2025-04-01").judgedBy(on("2025-06-30")).status()).isEqualTo(Status.QUIET);
        }

        @Test
        void notesAndMilestonesAreActivityToo() {
            assertThat(Commitment.with().note("2025-06-01").judgedBy(on("2025-06-30")).status()).isEqualTo(Status.ACTIVE);
            assertThat(Commitment.with().milestone("groups started", "2025-06-01", "2025-06-01T12:00:00Z")
                    .judgedBy(on("2025-06-30")).status()).isEqualTo(Status.ACTIVE);
        }

        @Test
        void quietOnTheFirstOfJanuaryAndAfterARetraction() {
            assertThat(Commitment.with().judgedBy(on("2025-01-01")).status()).isEqualTo(Status.QUIET);
            assertThat(Commitment.with().reportRecorded(TISTEL, "2025-06-01", 1, Instant.parse("2025-06-01T12:00:00Z"),
                    Instant.parse("2025-06-02T12:00:00Z")).judgedBy(on("2025-06-30")).status()).isEqualTo(Status.QUIET);
        }

        @Test
        void whatWasDoneIsCountedByKindUpToAsOfWithRetractedReportsLeftOut() {
            Measure concernTalks = Measure.activities(ActivityKind.CONCERN_TALK);
            CommitmentProgress judged = Commitment.with()
                    .report(concernTalks, "2025-02-01", 3).report(TISTEL, "2025-03-01").report(concernTalks, "2025-04-01", 2)
                    .reportRecorded(concernTalks, "2025-05-01", 10, Instant.parse("2025-05-01T12:00:00Z"),
                            Instant.parse("2025-05-02T12:00:00Z"))
                    .report(concernTalks, "2025-08-01", 4)
                    .judgedBy(on("2025-06-30"));

            assertThat(judged.done()).containsExactly(new CommitmentProgress.Done(concernTalks, 5),
                    new CommitmentProgress.Done(TISTEL, 1));
            assertThat(ProgressInWords.ongoing(judged.lastReportedOn(), judged.done()))
                    .isEqualTo("Löpande arbete: 5 orossamtal och 1 Tistelmöte, senast rapporterat 1 april 2025");
        }

        @Test
        void theLastReportedDayIsShown() {
            assertThat(Commitment.with().report(TISTEL, "2025-02-01").note("2025-03-01").report(TISTEL, "2025-08-01")
                    .judgedBy(on("2025-06-30")).lastReportedOn()).isEqualTo("2025-03-01");
        }
    }

    @Nested
    class WholeCommitments {

        @Test
        void theOverallStatusIsTheWorstTarget() {
            Commitment est = Commitment.with(new Target.Cadence(PICTURES, Target.Period.WEEK),
                    new Target.Deadline("police reports importable", LocalDate.of(2025, 6, 30)));
            est.report(PICTURES, "2025-01-02");
            assertThat(est.judgedBy(on("2025-01-03")).status()).isEqualTo(Status.DUE);
            assertThat(est.judgedBy(on("2025-07-01")).status()).isEqualTo(Status.OVERDUE);

            Commitment both = Commitment.with(new Target.Count(TISTEL, 1),
                    new Target.Deadline("x", LocalDate.of(2025, 12, 31))).report(TISTEL, "2025-02-01");
            assertThat(both.judgedBy(on("2025-06-30")).targets()).extracting(TargetProgress::status)
                    .containsExactly(Status.ACHIEVED, Status.DUE);
            assertThat(both.judgedBy(on("2025-06-30")).status()).isEqualTo(Status.DUE);
        }

        @Test
        void aWithdrawnCommitmentIsListedWithItsReasonOnceTheWithdrawalIsKnown() {
            Commitment commitment = Commitment.with(new Target.Count(VISITS, 100)).withdrawnAt("2025-08-01T09:00:00Z");
            CommitmentProgress now = commitment.judgedBy(on("2025-06-30"));
            assertThat(now.status()).isEqualTo(Status.WITHDRAWN);
            assertThat(now.withdrawalReason()).isEqualTo("merged into 6.2");
            assertThat(commitment.judgedBy(on("2025-06-30", "2025-07-31T23:59:59Z")).status()).isEqualTo(Status.BEHIND);
        }

        @Test
        void aCommitmentPledgedAfterKnownAtIsNotThere() {
            assertThat(on("2025-06-30", "2025-01-01T00:00:00Z").evaluate(Commitment.with().facts())).isEmpty();
        }
    }

    /** Several reports of one key come as one tally, and their retractions as negative ones. */
    @Nested
    class TalliesOfSeveralReports {

        static final LocalDate MARCH_FIRST = LocalDate.of(2025, 3, 1);

        @Test
        void aTallyAddsItsQuantityAndARetractionTakesItsReportAwayOnceKnown() {
            Commitment commitment = Commitment.with(new Target.Count(Measure.activities(ActivityKind.FOOT_PATROL), 100))
                    .tally(new Tally("k", Measure.activities(ActivityKind.FOOT_PATROL), MARCH_FIRST,
                            Instant.parse("2025-03-01T00:00:00Z"), 20, 60))
                    .tally(new Tally("k", Measure.activities(ActivityKind.FOOT_PATROL), MARCH_FIRST,
                            Instant.parse("2025-07-05T09:00:00Z"), -1, -3));

            assertThat(commitment.target(on("2025-06-30", "2025-06-30T23:59:59Z")).achieved()).isEqualTo(60);
            assertThat(commitment.target(on("2025-06-30", "2025-07-05T09:00:00Z")).achieved()).isEqualTo(57);
        }

        @Test
        void aKeyWhoseReportsAreAllRetractedCoversNoWeekAndShowsNoActivity() {
            Tally two = new Tally("k", PICTURES, LocalDate.of(2025, 1, 2), Instant.parse("2025-01-02T00:00:00Z"), 2, 2);
            Tally bothRetracted = new Tally("k", PICTURES, LocalDate.of(2025, 1, 2), Instant.parse("2025-01-03T10:00:00Z"), -2, -2);
            Tally oneRetracted = new Tally("k", PICTURES, LocalDate.of(2025, 1, 2), Instant.parse("2025-01-03T10:00:00Z"), -1, -1);

            assertThat(Commitment.with(new Target.Cadence(PICTURES, Target.Period.WEEK)).tally(two).tally(bothRetracted)
                    .target(on("2025-01-05")).status()).isEqualTo(Status.AT_RISK);
            assertThat(Commitment.with(new Target.Cadence(PICTURES, Target.Period.WEEK)).tally(two).tally(oneRetracted)
                    .target(on("2025-01-05")).status()).isEqualTo(Status.ON_TRACK);
            assertThat(Commitment.with().tally(two).tally(bothRetracted).judgedBy(on("2025-01-05")).status())
                    .isEqualTo(Status.QUIET);
            assertThat(Commitment.with().tally(two).tally(bothRetracted).judgedBy(on("2025-01-05", "2025-01-03T09:59:59Z"))
                    .status()).isEqualTo(Status.ACTIVE);
        }

        @Test
        void aKeyServingTwoCommitmentsIsTakenOnceWithItsRetractionInTheHeadline() {
            Target fourTistel = new Target.Count(TISTEL, 4);
            Tally twoMeetings = new Tally("1.1,5.2|feb", TISTEL, LocalDate.of(2025, 2, 10),
                    Instant.parse("2025-02-11T00:00:00Z"), 2, 2);
            Tally oneRetracted = new Tally("1.1,5.2|feb", TISTEL, LocalDate.of(2025, 2, 10),
                    Instant.parse("2025-03-01T12:00:00Z"), -1, -1);
            List<CommitmentFacts> both = List.of(
                    Commitment.with(fourTistel).id("1.1").tally(twoMeetings).tally(oneRetracted).facts(),
                    Commitment.with(fourTistel).id("5.2").tally(twoMeetings).tally(oneRetracted).facts());

            assertThat(on("2025-12-31").headlines(both)).extracting(ProgressRules.Headline::achieved).containsExactly(1);
            assertThat(on("2025-12-31", "2025-02-28T00:00:00Z").headlines(both))
                    .extracting(ProgressRules.Headline::achieved).containsExactly(2);
        }
    }

    @Nested
    class TheWholePromise {

        @Test
        void aMeetingServingTwoCommitmentsWithTheSameTargetIsCountedOnceInTheHeadline() {
            Target fourTistel = new Target.Count(TISTEL, 4);
            Commitment organisedCrime = Commitment.with(fourTistel).id("1.1");
            Commitment criminalEconomy = Commitment.with(fourTistel).id("5.2");
            for (String day : List.of("2025-02-10", "2025-04-14", "2025-09-08")) {
                Tally meeting = new Tally("m-" + day, TISTEL, LocalDate.parse(day), Instant.parse(day + "T15:00:00Z"), 1, 1);
                organisedCrime.tally(meeting);
                criminalEconomy.tally(meeting);
            }
            Commitment visits = Commitment.with(new Target.Count(VISITS, 100)).id("6.2").reports(VISITS, 64, "2025-05-01");
            Commitment est = Commitment.with(new Target.Cadence(PICTURES, Target.Period.WEEK)).id("6.1")
                    .report(PICTURES, "2025-01-02").report(PICTURES, "2025-01-03").report(PICTURES, "2025-01-09");

            List<ProgressRules.Headline> headline = on("2025-12-31").headlines(List.of(organisedCrime.facts(),
                    criminalEconomy.facts(), visits.facts(), est.facts()));

            assertThat(headline).extracting(ProgressRules.Headline::label, ProgressRules.Headline::achieved,
                            ProgressRules.Headline::of)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Tistelmöten", 3, 4),
                            org.assertj.core.groups.Tuple.tuple("Platsbesök", 64, 100),
                            org.assertj.core.groups.Tuple.tuple("Lägesbilder (veckor)", 2, 53));
        }

        @Test
        void theSummaryLeavesWithdrawnCommitmentsOutAndCountsSharedOnesForBothParties() {
            List<CommitmentProgress> commitments = List.of(
                    progress("1.1", "1", Set.of("POLICE", "MUNICIPALITY"), Status.ON_TRACK),
                    progress("1.2", "1", Set.of("POLICE", "MUNICIPALITY"), Status.OVERDUE),
                    progress("6.2", "6", Set.of("POLICE"), Status.ON_TRACK),
                    progress("7.2", "7", Set.of("MUNICIPALITY"), Status.WITHDRAWN));

            ProgressRules.Summary summary = ProgressRules.summarise(commitments);

            assertThat(summary.commitments()).isEqualTo(3);
            assertThat(summary.withdrawn()).isEqualTo(1);
            assertThat(summary.byStatus()).containsEntry(Status.ON_TRACK, 2).containsEntry(Status.OVERDUE, 1)
                    .doesNotContainKey(Status.WITHDRAWN);
            assertThat(summary.byPriorityArea().get("1"))
                    .containsEntry(Status.ON_TRACK, 1).containsEntry(Status.OVERDUE, 1);
            assertThat(summary.byPriorityArea()).doesNotContainKey("7");
            assertThat(summary.byResponsible().get("POLICE")).containsEntry(Status.ON_TRACK, 2).containsEntry(Status.OVERDUE, 1);
            assertThat(summary.byResponsible().get("MUNICIPALITY")).containsEntry(Status.ON_TRACK, 1)
                    .containsEntry(Status.OVERDUE, 1);
        }

        @Test
        void theSummaryCountsAreasAndPartiesInThePromisesOrder() {
            List<CommitmentProgress> commitments = List.of(
                    progress("A.1", "A", Set.of("REGION", "POLICE"), Status.ON_TRACK),
                    progress("B.1", "B", Set.of("MUNICIPALITY"), Status.OVERDUE),
                    progress("X.1", "X", Set.of("HOUSING"), Status.ON_TRACK));

            ProgressRules.Summary summary = ProgressRules.summarise(commitments, List.of("B", "C", "A"),
                    List.of("POLICE", "MUNICIPALITY", "REGION"));

            // A code the promise does not name comes after its own; one no commitment has is left out.
            assertThat(summary.byPriorityArea().keySet()).containsExactly("B", "A", "X");
            assertThat(summary.byResponsible().keySet()).containsExactly("POLICE", "MUNICIPALITY", "REGION", "HOUSING");
            assertThat(summary.byResponsible().get("REGION")).containsEntry(Status.ON_TRACK, 1);
        }

        private CommitmentProgress progress(String code, String area, Set<String> responsible, Status status) {
            return new CommitmentProgress(code, code, area, "text", responsible, status, List.of(), null, null, null,
                    null, status == Status.WITHDRAWN ? "why" : null, List.of());
        }
    }

    @Nested
    class CoursesForTheCharts {

        @Test
        void aCountedTargetsCourseIsItsCountAtTheEndOfEachWeekBesideTheEvenPace() {
            Target.Count hundred = new Target.Count(VISITS, 100);
            Commitment visits = Commitment.with(hundred).report(VISITS, "2025-01-02").report(VISITS, "2025-01-03")
                    .report(VISITS, "2025-01-09").reportRecorded(VISITS, "2025-01-10", 1, Instant.parse("2025-01-10T12:00:00Z"),
                            Instant.parse("2025-01-11T12:00:00Z"));

            List<ProgressRules.PacePoint> pace = on("2025-01-15").pace(visits.facts(), hundred);

            assertThat(pace).containsExactly(
                    new ProgressRules.PacePoint(LocalDate.parse("2024-12-31"), 0, 0),
                    new ProgressRules.PacePoint(LocalDate.parse("2025-01-05"), 2, 1),
                    new ProgressRules.PacePoint(LocalDate.parse("2025-01-12"), 3, 3),
                    new ProgressRules.PacePoint(LocalDate.parse("2025-01-15"), 3, 4));
            assertThat(pace.get(pace.size() - 1).done()).as("the same rule as the figure")
                    .isEqualTo(visits.target(on("2025-01-15")).achieved());
        }

        @Test
        void aRhythmsWeeksAreCoveredMissingRunningOrAheadAndAddUpToItsFigure() {
            Target.Cadence weekly = new Target.Cadence(PICTURES, Target.Period.WEEK);
            Commitment pictures = Commitment.with(weekly).report(PICTURES, "2025-01-02").report(PICTURES, "2025-01-14");

            List<ProgressRules.PeriodMark> weeks = on("2025-01-15").periodMarks(pictures.facts(), weekly);

            assertThat(weeks).hasSize(53);
            assertThat(weeks.subList(0, 4)).extracting(ProgressRules.PeriodMark::mark).containsExactly(
                    ProgressRules.Mark.COVERED, ProgressRules.Mark.MISSING, ProgressRules.Mark.RUNNING_COVERED,
                    ProgressRules.Mark.AHEAD);
            assertThat(weeks.get(0).first()).as("cut to the year").isEqualTo(LocalDate.parse("2025-01-01"));
            assertThat(weeks.get(52).last()).isEqualTo(LocalDate.parse("2025-12-31"));
            TargetProgress figure = pictures.target(on("2025-01-15"));
            assertThat(figure.achieved()).isEqualTo(2);
            assertThat(figure.missing()).isEqualTo(1);
        }
    }
}
