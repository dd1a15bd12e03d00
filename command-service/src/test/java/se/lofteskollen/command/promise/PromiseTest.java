package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;

import java.time.LocalDate;
import java.util.List;

class PromiseTest {

    private static final String ID = "vastervik-2025";
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    private static final List<Signatory> BOTH_PARTIES = List.of(
            new Signatory("Sofia Karlsson", "Lokalpolisområdeschef", Party.POLICE),
            new Signatory("Harald Hjalmarsson", "Kommunalråd", Party.MUNICIPALITY));
    private static final List<PriorityArea> AREAS = List.of(new PriorityArea("1", "Organiserad brottslighet"),
            new PriorityArea("6", "Brottskoncentrationer kopplade till tider och platser"));
    private static final PromiseCreated CREATED = new PromiseCreated(ID, 2025, "Medborgarlöfte 2025",
            "Lokalpolisområde Västervik", "Västerviks kommun", AREAS,
            List.of(new PromiseParty("POLICE", "Lokalpolisområde Västervik", "POLICE"),
                    new PromiseParty("MUNICIPALITY", "Västerviks kommun", "MUNICIPALITY")),
            "Polisregion Öst", "Kalmar län", null);
    private static final PromiseSigned SIGNED = new PromiseSigned(ID, LocalDate.of(2025, 1, 27), BOTH_PARTIES);

    private AggregateTestFixture<Promise> fixture;
    private final InMemoryCommitmentDirectory directory = new InMemoryCommitmentDirectory().promise("vastervik-2024", 2024);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Promise.class);
        fixture.registerInjectableResource(directory);
    }

    private static CreatePromise renewal(int year, String predecessorId) {
        return new CreatePromise(ID, year, "Medborgarlöfte " + year, "Lokalpolisområde Västervik", "Västerviks kommun",
                AREAS, List.of(), "Polisregion Öst", "Kalmar län", predecessorId);
    }

    @Test
    void aRenewalFollowsThePromiseOfTheYearBefore() {
        fixture.givenNoPriorActivity()
                .when(renewal(2025, "vastervik-2024"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromiseCreated(ID, 2025, "Medborgarlöfte 2025", "Lokalpolisområde Västervik",
                        "Västerviks kommun", AREAS, CREATED.parties(), "Polisregion Öst", "Kalmar län", "vastervik-2024"));
    }

    @Test
    void aRenewalForAnotherYearThanTheNextIsRefusedNamingTheYear() {
        fixture.givenNoPriorActivity()
                .when(renewal(2026, "vastervik-2024"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a renewal of the promise of 2024 is for 2025")
                .expectNoEvents();
    }

    @Test
    void aPromiseIsRenewedOnce() {
        directory.promise("vastervik-2025-first", 2025).renewing("vastervik-2025-first", "vastervik-2024");

        fixture.givenNoPriorActivity()
                .when(renewal(2025, "vastervik-2024"))
                .expectException(Conflict.class)
                .expectExceptionMessage("promise vastervik-2024 was already renewed as vastervik-2025-first")
                .expectNoEvents();
    }

    @Test
    void renewingAPromiseThatDoesNotExistIsRefused() {
        fixture.givenNoPriorActivity()
                .when(renewal(2025, "no-such-promise"))
                .expectException(NotFound.class)
                .expectExceptionMessage("no promise no-such-promise")
                .expectNoEvents();
    }

    private static CreatePromise create(String title) {
        return new CreatePromise(ID, 2025, title, "Lokalpolisområde Västervik", "Västerviks kommun", AREAS, List.of(),
                "Polisregion Öst", "Kalmar län", null);
    }

    private static SignPromise sign(LocalDate signedOn, List<Signatory> signatories) {
        return new SignPromise(ID, signedOn, signatories, TODAY);
    }

    private static ClosePromise close(LocalDate closedOn, String summary) {
        return new ClosePromise(ID, closedOn, summary, TODAY);
    }

    @Test
    void creatingAPromiseRecordsItsYearAndParties() {
        fixture.givenNoPriorActivity()
                .when(create("Medborgarlöfte 2025"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(CREATED);
    }

    @Test
    void aPromiseNamesItsOwnAreasAndAnyFurtherPartyBesideThePoliceAndTheMunicipality() {
        List<PriorityArea> areas = List.of(new PriorityArea("A", "Trygg skolväg"), new PriorityArea("B", "Nattliv"));
        PromiseParty region = new PromiseParty("REGION", "Region Kalmar län", "REGION");
        fixture.givenNoPriorActivity()
                .when(new CreatePromise("hultsfred-2026", 2026, "Medborgarlöfte 2026", "LPO Vimmerby",
                        "Hultsfreds kommun", areas, List.of(region), "Polisregion Öst", "Kalmar län", null))
                .expectEvents(new PromiseCreated("hultsfred-2026", 2026, "Medborgarlöfte 2026", "LPO Vimmerby",
                        "Hultsfreds kommun", areas, List.of(new PromiseParty("POLICE", "LPO Vimmerby", "POLICE"),
                        new PromiseParty("MUNICIPALITY", "Hultsfreds kommun", "MUNICIPALITY"), region), "Polisregion Öst", "Kalmar län", null));
    }

    @Test
    void thePoliceAndTheMunicipalityMayBeNamedOtherwiseThanThePoliceAreaAndTheMunicipality() {
        List<PromiseParty> parties = List.of(new PromiseParty("POLICE", "Polisen", "POLICE"),
                new PromiseParty("MUNICIPALITY", "Kommunen", "MUNICIPALITY"));
        fixture.givenNoPriorActivity()
                .when(new CreatePromise(ID, 2025, "T", "Lokalpolisområde Västervik", "Västerviks kommun", AREAS, parties,
                        "Polisregion Öst", "Kalmar län", null))
                .expectEvents(new PromiseCreated(ID, 2025, "T", "Lokalpolisområde Västervik", "Västerviks kommun", AREAS,
                        parties, "Polisregion Öst", "Kalmar län", null));
    }

    @Test
    void aPromiseWithoutPriorityAreasIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromise(ID, 2025, "T", "LPO", "Kommun", List.of(), List.of(), "Polisregion Öst", "Kalmar län", null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a promise has at least one priority area")
                .expectNoEvents();
    }

    @Test
    void anAreaCodeUsedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromise(ID, 2025, "T", "LPO", "Kommun",
                        List.of(new PriorityArea("1", "Gäng"), new PriorityArea("1", "Unga")), List.of(),
                        "Polisregion Öst", "Kalmar län", null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("code 1 is used twice")
                .expectNoEvents();
    }

    @Test
    void aPartyCodeUsedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromise(ID, 2025, "T", "LPO", "Kommun", AREAS,
                        List.of(new PromiseParty("REGION", "Regionen", "REGION"), new PromiseParty("REGION", "Region Kalmar län", "REGION")),
                        "Polisregion Öst", "Kalmar län", null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("code REGION is used twice")
                .expectNoEvents();
    }

    @Test
    void aPromiseWithoutItsPoliceRegionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromise(ID, 2025, "T", "LPO", "Kommun", AREAS, List.of(), null, "Kalmar län", null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a promise names its police region, e.g. Polisregion Öst")
                .expectNoEvents();
    }

    @Test
    void aPromiseWithoutItsCountyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromise(ID, 2025, "T", "LPO", "Kommun", AREAS, List.of(), "Polisregion Öst", " ", null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a promise names its county, e.g. Kalmar län")
                .expectNoEvents();
    }

    @Test
    void repeatingTheSameCreationIsASuccessWithoutASecondEvent() {
        fixture.given(CREATED)
                .when(create("Medborgarlöfte 2025"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherPromiseUnderAnExistingIdIsAConflict() {
        fixture.given(CREATED)
                .when(create("Ett annat löfte"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void signingRecordsTheDateAndTheSignatories() {
        fixture.given(CREATED)
                .when(sign(LocalDate.of(2025, 1, 27), BOTH_PARTIES))
                .expectEvents(SIGNED);
    }

    @Test
    void signingInTheFutureIsRefused() {
        fixture.given(CREATED)
                .when(sign(TODAY.plusDays(1), BOTH_PARTIES))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("lies in the future")
                .expectNoEvents();
    }

    @Test
    void signingAfterThePromiseYearIsRefused() {
        fixture.given(CREATED)
                .when(new SignPromise(ID, LocalDate.of(2026, 1, 5), BOTH_PARTIES, LocalDate.of(2026, 2, 1)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void signingMoreThanAYearBeforeThePromiseYearIsRefused() {
        fixture.given(CREATED)
                .when(sign(LocalDate.of(2023, 12, 31), BOTH_PARTIES))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("lies before the year preceding the promise year 2025")
                .expectNoEvents();
    }

    @Test
    void signingInTheAutumnBeforeThePromiseYearIsAccepted() {
        fixture.given(CREATED)
                .when(sign(LocalDate.of(2024, 11, 20), BOTH_PARTIES))
                .expectEvents(new PromiseSigned(ID, LocalDate.of(2024, 11, 20), BOTH_PARTIES));
    }

    @Test
    void signingByOnlyOnePartyIsRefused() {
        fixture.given(CREATED)
                .when(sign(LocalDate.of(2025, 1, 27), List.of(BOTH_PARTIES.get(0))))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void repeatingTheSameSigningIsASuccessWithoutASecondEvent() {
        fixture.given(CREATED, SIGNED)
                .when(sign(LocalDate.of(2025, 1, 27), BOTH_PARTIES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void signingAnAlreadySignedPromiseDifferentlyIsAConflict() {
        fixture.given(CREATED, SIGNED)
                .when(sign(LocalDate.of(2025, 2, 3), BOTH_PARTIES))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void signingAClosedPromiseIsRefused() {
        fixture.given(CREATED, new PromiseClosed(ID, LocalDate.of(2025, 9, 1), null))
                .when(sign(LocalDate.of(2025, 1, 27), BOTH_PARTIES))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void signingAnUnknownPromiseIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(sign(LocalDate.of(2025, 1, 27), BOTH_PARTIES))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void closingRecordsTheFollowUp() {
        fixture.given(CREATED, SIGNED)
                .when(close(LocalDate.of(2025, 9, 15), "Uppföljt i styrgruppen"))
                .expectEvents(new PromiseClosed(ID, LocalDate.of(2025, 9, 15), "Uppföljt i styrgruppen"));
    }

    @Test
    void closingInTheFutureIsRefused() {
        fixture.given(CREATED)
                .when(close(TODAY.plusDays(1), null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void closingBeforeThePromiseYearIsRefused() {
        fixture.given(CREATED)
                .when(close(LocalDate.of(2024, 12, 31), null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void repeatingTheSameClosingIsASuccessWithoutASecondEvent() {
        fixture.given(CREATED, new PromiseClosed(ID, LocalDate.of(2025, 9, 15), "Klart"))
                .when(close(LocalDate.of(2025, 9, 15), "Klart"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void closingAClosedPromiseDifferentlyIsAConflict() {
        fixture.given(CREATED, new PromiseClosed(ID, LocalDate.of(2025, 9, 15), "Klart"))
                .when(close(LocalDate.of(2025, 9, 20), "Klart"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }
}
