package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events stored before a promise defined its own areas and parties (revision 1, JSON as the service of that time
 * wrote it, in {@code src/test/resources/revision-1}), and promises stored before they named the organisation acting
 * as each party ({@code revision-2}), are read into the current revisions through the upcasters both services
 * register, and mean what they meant.
 */
class RevisionOneEventsTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void aPromiseOfRevisionOneHasTheEightAreasOfItsAgreementAndItsPoliceAreaAndMunicipalityAsParties() throws IOException {
        PromiseCreated created = read(PromiseCreated.class, stored("PromiseCreated.json"));

        assertThat(created.promiseId()).isEqualTo("vastervik-2025");
        assertThat(created.year()).isEqualTo(2025);
        assertThat(created.priorityAreas()).hasSize(8).startsWith(
                new PriorityArea("1", "Organiserad brottslighet och kriminella gäng"));
        assertThat(created.priorityAreas()).contains(
                new PriorityArea("6", "Brottskoncentrationer kopplade till tider och platser"),
                new PriorityArea("8", "Trafikbrott"));
        assertThat(created.parties()).containsExactly(
                new PromiseParty("POLICE", "Lokalpolisområde Västervik", "POLICE"),
                new PromiseParty("MUNICIPALITY", "Västerviks kommun", "MUNICIPALITY"));
        assertThat(created.policeRegion()).as("not stated in revision 1, so not guessed").isNull();
        assertThat(created.county()).isNull();
    }

    @Test
    void aPartyWhoseNameRevisionOneDidNotStateHasNoName() {
        PromiseCreated created = read(PromiseCreated.class,
                "{\"promiseId\":\"p\",\"year\":2025,\"title\":\"T\",\"policeArea\":null,\"municipality\":\"K\"}");

        assertThat(created.parties()).containsExactly(new PromiseParty("POLICE", null, "POLICE"),
                new PromiseParty("MUNICIPALITY", "K", "MUNICIPALITY"));
    }

    @Test
    void aPledgeOfRevisionOneNamesItsAreaByTheCodeItHadInThePromiseDocument() throws IOException {
        CommitmentPledged pledged = read(CommitmentPledged.class, stored("CommitmentPledged.json"));

        assertThat(pledged.priorityArea()).isEqualTo("6");
        assertThat(pledged.responsible()).containsExactly("POLICE");
        assertThat(pledged.code()).isEqualTo("6.2");
        assertThat(pledged.targets()).containsExactly(new Target.Count(Measure.placeVisits(), 100));
    }

    @Test
    void aRevisionOfRevisionOneKeepsItsResponsiblePartiesAsCodes() throws IOException {
        CommitmentRevised revised = read(CommitmentRevised.class, stored("CommitmentRevised.json"));

        assertThat(revised.responsible()).containsExactlyInAnyOrder("POLICE", "MUNICIPALITY");
        assertThat(revised.reason()).isEqualTo("Kommunen går med i platsbesöken");
        assertThat(revised.targets()).containsExactly(new Target.Count(Measure.placeVisits(), 150));
    }

    @Test
    void anAreaNameRevisionOneNeverWroteIsRefusedNotGuessed() {
        String json = "{\"commitmentId\":\"c\",\"promiseId\":\"p\",\"code\":\"9.1\",\"priorityArea\":\"FRAUD\","
                + "\"responsible\":[\"POLICE\"],\"text\":\"t\",\"targets\":[]}";

        assertThatThrownBy(() -> read(CommitmentPledged.class, json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FRAUD");
    }

    @Test
    void anEventOfTheCurrentRevisionPassesUnchanged() throws IOException {
        CommitmentPledged current = new CommitmentPledged("c", "p", "9.1", "9", java.util.Set.of("REGION"), "t", List.of(), null);
        byte[] json = serializer.serialize(current, byte[].class).getData();

        String revision = CommitmentPledged.class.getAnnotation(Revision.class).value();
        IntermediateEventRepresentation upcast = upcast(CommitmentPledged.class, revision, json);

        assertThat(upcast.getType().getRevision()).isEqualTo(revision);
        assertThat((Object) serializer.deserialize(upcast.getData())).isEqualTo(current);
    }

    @Test
    void aRhythmStoredBeforeRhythmsNamedTheirPeriodWasWeekly() {
        String rhythm = "[{\"type\":\"CADENCE\",\"measure\":{\"report\":\"ACTIVITY\",\"activity\":\"SITUATION_PICTURE\"}},"
                + "{\"type\":\"COUNT\",\"measure\":{\"report\":\"PLACE_VISIT\"},\"atLeast\":4}]";
        Target weekly = new Target.Cadence(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK);

        CommitmentPledged pledged = read(CommitmentPledged.class, "3", "{\"commitmentId\":\"c\",\"promiseId\":\"p\","
                + "\"code\":\"6.1\",\"priorityArea\":\"6\",\"responsible\":[\"MUNICIPALITY\"],\"text\":\"t\","
                + "\"targets\":" + rhythm + ",\"predecessorId\":null}");
        CommitmentRevised revised = read(CommitmentRevised.class, "2", "{\"commitmentId\":\"c\",\"promiseId\":\"p\","
                + "\"text\":\"t\",\"responsible\":[\"MUNICIPALITY\"],\"targets\":" + rhythm + ",\"reason\":\"r\"}");

        assertThat(pledged.targets()).containsExactly(weekly, new Target.Count(Measure.placeVisits(), 4));
        assertThat(revised.targets()).containsExactly(weekly, new Target.Count(Measure.placeVisits(), 4));
    }

    @Test
    void aPromiseOrPledgeOfAnEarlierRevisionFollowsNoPredecessor() throws IOException {
        assertThat(read(PromiseCreated.class, "2", resource("/revision-2/PromiseCreated.json")).predecessorId()).isNull();
        assertThat(read(CommitmentPledged.class, stored("CommitmentPledged.json")).predecessorId()).isNull();
    }

    @Test
    void aPromiseOfRevisionTwoIsActedOnByTheOrganisationsNamedAsItsPartiesCodes() throws IOException {
        PromiseCreated created = read(PromiseCreated.class, "2", resource("/revision-2/PromiseCreated.json"));

        assertThat(created.parties()).containsExactly(
                new PromiseParty("POLICE", "Lokalpolisområde Västervik", "POLICE"),
                new PromiseParty("MUNICIPALITY", "Västerviks kommun", "MUNICIPALITY"),
                new PromiseParty("REGION", "Region Kalmar län", "REGION"));
        assertThat(created.policeRegion()).isEqualTo("Polisregion Öst");
    }

    @Test
    void aPromiseOfTheCurrentRevisionKeepsTheOrganisationsItNames() {
        PromiseCreated current = new PromiseCreated("p", 2026, "T", "LPO Vimmerby", "Hultsfreds kommun",
                List.of(new PriorityArea("1", "Trygghet")),
                List.of(new PromiseParty("POLICE", "LPO Vimmerby", "LPO_VIMMERBY"),
                        new PromiseParty("MUNICIPALITY", "Hultsfreds kommun", "HULTSFREDS_KOMMUN")),
                "Polisregion Öst", "Kalmar län", null);
        byte[] json = serializer.serialize(current, byte[].class).getData();

        IntermediateEventRepresentation upcast = upcast(PromiseCreated.class,
                PromiseCreated.class.getAnnotation(Revision.class).value(), json);

        assertThat((Object) serializer.deserialize(upcast.getData())).isEqualTo(current);
    }

    private <T> T read(Class<T> type, String storedJson) {
        return read(type, "1", storedJson);
    }

    /** Read as the current revision, whichever steps that takes. */
    private <T> T read(Class<T> type, String storedRevision, String storedJson) {
        IntermediateEventRepresentation upcast = upcast(type, storedRevision, storedJson.getBytes(StandardCharsets.UTF_8));
        assertThat(upcast.getType().getRevision()).isEqualTo(type.getAnnotation(Revision.class).value());
        return serializer.deserialize(upcast.getData());
    }

    private IntermediateEventRepresentation upcast(Class<?> type, String revision, byte[] json) {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Aggregate", "id", 0, "event-id",
                Instant.parse("2025-01-27T10:00:00Z"), type.getName(), revision, json,
                "{}".getBytes(StandardCharsets.UTF_8));
        Stream<IntermediateEventRepresentation> stream = new EventUpcasterChain(EventUpcasters.all())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)));
        List<IntermediateEventRepresentation> upcast = stream.toList();
        assertThat(upcast).hasSize(1);
        SerializedType upcastType = upcast.get(0).getType();
        assertThat(upcastType.getName()).isEqualTo(type.getName());
        return upcast.get(0);
    }

    private static String stored(String file) throws IOException {
        return resource("/revision-1/" + file);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RevisionOneEventsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
