package se.lofteskollen.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The commitments of Västervik 2025 that the fixture tests tell their stories about. */
final class Given {

    static final String PROMISE = "vastervik-2025";
    static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

    static final String SIX_ONE = "vastervik-2025-6.1";
    static final Target WEEKLY_SITUATION_PICTURES = new Target.Cadence(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK);
    static final String EST_IMPORT = "Polisanmälningar kan importeras i EST-systemet";
    static final Target EST_IMPORT_BY_SPRING = new Target.Deadline(EST_IMPORT, LocalDate.of(2025, 6, 30));
    static final CommitmentPledged SIX_ONE_PLEDGED = new CommitmentPledged(SIX_ONE, PROMISE, "6.1",
            "6", Set.of(Party.MUNICIPALITY.code()), "Kommunen ska utveckla arbetssättet EST",
            List.of(WEEKLY_SITUATION_PICTURES, EST_IMPORT_BY_SPRING), null);

    static final String EIGHT_ONE = "vastervik-2025-8.1";
    static final CommitmentPledged EIGHT_ONE_PLEDGED = new CommitmentPledged(EIGHT_ONE, PROMISE, "8.1",
            "8", Set.of(Party.POLICE.code()), "Polisen ska öka antalet medborgardialoger",
            List.of(new Target.Increase(Measure.activities(ActivityKind.CITIZEN_DIALOGUE))), null);

    private Given() {
    }

    /** The Västervik promise, open, with 6.1 and 8.1 recorded, as the lookup shows it to the aggregates. */
    static InMemoryCommitmentDirectory directory() {
        return new InMemoryCommitmentDirectory()
                .promise(PROMISE, 2025)
                .commitment(SIX_ONE, PROMISE, "6.1", Party.MUNICIPALITY)
                .commitment(EIGHT_ONE, PROMISE, "8.1", Party.POLICE);
    }

    static AggregateTestFixture<Commitment> fixture(InMemoryCommitmentDirectory directory) {
        AggregateTestFixture<Commitment> fixture = new AggregateTestFixture<>(Commitment.class);
        fixture.registerInjectableResource(directory);
        return fixture;
    }
}
