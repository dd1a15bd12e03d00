package se.lofteskollen.query.testing;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static se.lofteskollen.query.testing.EventFeed.KOMMUN;
import static se.lofteskollen.query.testing.EventFeed.POLIS;
import static se.lofteskollen.query.testing.EventFeed.SAMORDNARE;

/**
 * A small 2025 promise modelled on Västervik's, fed as events, with a retraction, a mid-year revision, a
 * late baseline and a withdrawal. The figures the tests expect are worked out in the comments.
 *
 * <ul>
 *   <li>1.1 and 5.2: at least 4 Tistel meetings; meetings on 10 Feb and 14 Apr (both commitments), 8 Sep (both).</li>
 *   <li>5.1: milestone "pre-study on welfare crime done" by 30 Jun; reached 15 Jun, recorded 16 Jun.</li>
 *   <li>6.1: a situation picture every week, and milestone "police reports importable" by 30 Jun (never reached);
 *       pictures every Friday from 3 Jan to 27 Jun: the first 26 weeks.</li>
 *   <li>6.2: at least 100 place visits, revised on 10 Jul to 80; 40 visits every fourth day from 6 Jan to 11 Jun,
 *       the visit of 15 Feb retracted on 5 Jul: 39 count after that.</li>
 *   <li>8.1: more citizen dialogues than last year; 5 on 20 Mar, 8 on 1 Oct; baseline 12 set on 2 Jul.</li>
 *   <li>2.6: ongoing; 3 concern talks on 20 May.</li>
 *   <li>7.2: ongoing; withdrawn on 1 Aug.</li>
 * </ul>
 */
public final class MiniPromise {

    public static final String ON_30_JUNE = "2025-06-30T23:59:59Z";

    public final String promiseId;
    public final String retractedVisitId;

    public MiniPromise(EventFeed feed, String promiseId) {
        this.promiseId = promiseId;
        Measure tistel = Measure.meetingsOf(Network.TISTEL);
        Measure pictures = Measure.activities(ActivityKind.SITUATION_PICTURE);
        Measure dialogues = Measure.activities(ActivityKind.CITIZEN_DIALOGUE);

        feed.by(SAMORDNARE).at("2025-01-02T08:00:00Z");
        feed.publish(Promises.created(promiseId, 2025, "Medborgarlöfte 2025", "Lokalpolisområde Västervik", "Västerviks kommun"));
        feed.publish(new PromiseSigned(promiseId, LocalDate.of(2025, 1, 27), List.of(
                new Signatory("Sofia Karlsson", "Lokalpolisområdeschef", Party.POLICE),
                new Signatory("Harald Hjalmarsson", "Kommunalråd", Party.MUNICIPALITY))));
        pledge(feed, "1.1", "1", Set.of("POLICE", "MUNICIPALITY"), "Tistel ska träffas minst fyra gånger per år",
                new Target.Count(tistel, 4));
        pledge(feed, "2.6", "2", Set.of("POLICE"), "Polisen ska hålla orossamtal");
        pledge(feed, "5.1", "5", Set.of("MUNICIPALITY"), "Förstudie om välfärdsbrott under våren",
                new Target.Deadline("pre-study on welfare crime done", LocalDate.of(2025, 6, 30)));
        pledge(feed, "5.2", "5", Set.of("POLICE", "MUNICIPALITY"), "Tistel, kriminell ekonomi",
                new Target.Count(tistel, 4));
        pledge(feed, "6.1", "6", Set.of("MUNICIPALITY"), "EST med lägesbilder varje vecka",
                new Target.Cadence(pictures, Target.Period.WEEK),
                new Target.Deadline("police reports importable", LocalDate.of(2025, 6, 30)));
        pledge(feed, "6.2", "6", Set.of("POLICE"), "Minst hundra platsbesök på ett år",
                new Target.Count(Measure.placeVisits(), 100));
        pledge(feed, "7.2", "7", Set.of("MUNICIPALITY"), "Stöd till den som vill sluta missbruka");
        pledge(feed, "8.1", "8", Set.of("POLICE"), "Fler medborgardialoger",
                new Target.Increase(dialogues));

        for (String day : List.of("2025-02-10", "2025-04-14", "2025-09-08")) {
            feed.by(POLIS).on(LocalDate.parse(day)).publish(new MeetingRecorded(promiseId + "-tistel-" + day, promiseId,
                    Network.TISTEL, LocalDate.parse(day), List.of(commitment("1.1"), commitment("5.2")), 9, null));
        }
        LocalDate visitDay = LocalDate.of(2025, 1, 6);
        String retracted = null;
        for (int i = 0; i < 40; i++) {
            String visitId = promiseId + "-visit-" + i;
            String place = i % 3 == 0 ? "Stora torget" : i % 3 == 1 ? "Resecentrum" : "Gamla stan";
            String area = i % 3 == 1 ? "Centrum" : i % 3 == 0 ? "Centrum" : "Gamla stan";
            feed.by(POLIS).on(visitDay).publish(new PlaceVisitReported(visitId, promiseId, commitment("6.2"),
                    new Place(i % 6 == 0 ? " stora Torget " : place, area, 57.758, 16.637), visitDay,
                    "ordningsstörningar", "fotpatrull"));
            if (visitDay.equals(LocalDate.of(2025, 2, 15))) {
                retracted = visitId;
            }
            visitDay = visitDay.plusDays(4);
        }
        this.retractedVisitId = retracted;
        for (LocalDate friday = LocalDate.of(2025, 1, 3); !friday.isAfter(LocalDate.of(2025, 6, 27)); friday = friday.plusWeeks(1)) {
            feed.by(KOMMUN).on(friday).publish(new ActivityReported(promiseId + "-picture-" + friday, promiseId,
                    ActivityKind.SITUATION_PICTURE, List.of(commitment("6.1")), friday, 1, null, null));
        }
        feed.by(POLIS).on(LocalDate.of(2025, 3, 20)).publish(new ActivityReported(promiseId + "-dialogues-1", promiseId,
                ActivityKind.CITIZEN_DIALOGUE, List.of(commitment("8.1")), LocalDate.of(2025, 3, 20), 5, null, null));
        feed.by(POLIS).on(LocalDate.of(2025, 5, 20)).publish(new ActivityReported(promiseId + "-talks-1", promiseId,
                ActivityKind.CONCERN_TALK, List.of(commitment("2.6")), LocalDate.of(2025, 5, 20), 3, null, null));
        feed.by(KOMMUN).at("2025-06-16T08:00:00Z").publish(new MilestoneReached(commitment("5.1"), promiseId,
                "pre-study on welfare crime done", LocalDate.of(2025, 6, 15), "rapport till KS"));
        feed.by(KOMMUN).at("2025-06-20T08:00:00Z").publish(new StatusNoteAdded(commitment("6.1"), promiseId,
                "Importen av polisanmälningar är försenad"));

        // After 30 June: the corrections a later knownAt sees.
        feed.by(SAMORDNARE).at("2025-07-02T09:00:00Z").publish(new BaselineSet(commitment("8.1"), promiseId, 12,
                "medborgardialoger 2024"));
        feed.by(POLIS).at("2025-07-05T09:00:00Z").publish(new ReportRetracted(retracted, promiseId, "dubbelregistrerat"));
        feed.by(SAMORDNARE).at("2025-07-10T09:00:00Z").publish(new CommitmentRevised(commitment("6.2"), promiseId,
                "Minst hundra platsbesök på ett år", Set.of("POLICE"), List.of(new Target.Count(Measure.placeVisits(), 80)),
                "resurser flyttade till sommarinsatsen"));
        feed.by(SAMORDNARE).at("2025-08-01T09:00:00Z").publish(new CommitmentWithdrawn(commitment("7.2"), promiseId,
                "ingår i 7.1 från augusti"));
        feed.by(POLIS).on(LocalDate.of(2025, 10, 1)).publish(new ActivityReported(promiseId + "-dialogues-2", promiseId,
                ActivityKind.CITIZEN_DIALOGUE, List.of(commitment("8.1")), LocalDate.of(2025, 10, 1), 8, null, null));
        feed.awaitProjections();
    }

    public String commitment(String code) {
        return promiseId + "-" + code;
    }

    private void pledge(EventFeed feed, String code, String area, Set<String> responsible, String text, Target... targets) {
        feed.publish(new CommitmentPledged(commitment(code), promiseId, code, area, responsible, text, List.of(targets), null));
    }
}
