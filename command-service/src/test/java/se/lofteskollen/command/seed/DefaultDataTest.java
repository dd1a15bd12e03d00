package se.lofteskollen.command.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseSigned;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Västervik 2025 promise is there on the first start, exactly as the published document and its target table say. */
@CommandServiceTest
class DefaultDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Autowired
    EventStoreRows events;
    @Autowired
    JdbcTemplate jdbc;

    private List<StoredEvent> seededPledges() {
        return events.ofType(CommitmentPledged.class).stream()
                .filter(event -> event.payload().path("promiseId").asText().equals("vastervik-2025"))
                .filter(event -> event.metaData().path("userId").asText().equals("system"))
                .toList();
    }

    @Test
    void theDefaultPromiseHasItsTwentyFourCommitmentsUnderTheirIds() {
        List<StoredEvent> pledges = seededPledges();

        assertThat(pledges).hasSize(24);
        assertThat(pledges).allSatisfy(pledge ->
                assertThat(pledge.aggregateId()).isEqualTo("vastervik-2025-" + pledge.payload().path("code").asText()));
        assertThat(pledges.stream().map(pledge -> pledge.payload().path("code").asText()))
                .containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2",
                        "3.3", "3.4", "4.1", "5.1", "5.2", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1");
        assertThat(pledges.stream().map(pledge -> pledge.payload().path("text").asText()))
                .allSatisfy(text -> assertThat(text).matches("(Polisen|Kommunen) .*\\.").doesNotContain("(Polisen"));
    }

    @Test
    void everyCommitmentHasExactlyTheTargetsOfTheSeedTable() throws Exception {
        Map<String, List<Target>> expected = new HashMap<>();
        Target tistel = new Target.Count(Measure.meetingsOf(Network.TISTEL), 4);
        expected.put("1.1", List.of(tistel));
        expected.put("1.2", List.of(new Target.Deadline("Behovet av samverkan kring kriminella unga inom SIG utrett",
                LocalDate.of(2025, 6, 30))));
        expected.put("4.1", List.of(new Target.Deadline("Kartläggningen av hedersnormer och hedersförtryck presenterad", LocalDate.of(2025, 12, 31))));
        expected.put("5.1", List.of(new Target.Deadline("Förstudien om arbetet mot välfärdsbrott klar", LocalDate.of(2025, 6, 30))));
        expected.put("5.2", List.of(tistel));
        expected.put("6.1", List.of(new Target.Cadence(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK),
                new Target.Deadline("Polisanmälningar kan importeras i EST-systemet", LocalDate.of(2025, 6, 30))));
        expected.put("6.2", List.of(new Target.Count(Measure.placeVisits(), 100)));
        expected.put("8.1", List.of(new Target.Increase(Measure.activities(ActivityKind.CITIZEN_DIALOGUE))));

        for (StoredEvent pledge : seededPledges()) {
            String code = pledge.payload().path("code").asText();
            List<Target> targets = JSON.readValue(pledge.payload().path("targets").toString(), new TypeReference<>() {
            });
            assertThat(targets).as("targets of " + code).isEqualTo(expected.getOrDefault(code, List.of()));
        }
    }

    @Test
    void everyCommitmentHasTheResponsiblePartiesOfTheDocument() {
        Map<String, String> responsible = seededPledges().stream().collect(Collectors.toMap(
                pledge -> pledge.payload().path("code").asText(),
                pledge -> String.join(",", JSON.convertValue(pledge.payload().path("responsible"), new TypeReference<List<String>>() {
                }).stream().sorted().toList())));

        assertThat(responsible).hasSize(24);
        assertThat(responsible.entrySet().stream().filter(e -> e.getValue().equals("MUNICIPALITY,POLICE")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("1.1", "1.2", "1.3", "1.4", "2.4", "2.5", "5.2");
        assertThat(responsible.entrySet().stream().filter(e -> e.getValue().equals("POLICE")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("2.6", "3.3", "3.4", "6.2", "6.3", "7.3", "8.1");
        assertThat(responsible.entrySet().stream().filter(e -> e.getValue().equals("MUNICIPALITY")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "5.1", "6.1", "7.1", "7.2");
        assertThat(jdbc.queryForObject("SELECT responsible FROM commitment_lookup WHERE commitment_id = 'vastervik-2025-1.1'",
                String.class)).isEqualTo("MUNICIPALITY,POLICE");
    }

    @Test
    void thePromiseIsSignedOnTheTwentySeventhOfJanuaryByItsTwoSignatories() {
        List<StoredEvent> promise = events.of("vastervik-2025");

        assertThat(promise).extracting(StoredEvent::type)
                .containsExactly(PromiseCreated.class.getName(), PromiseSigned.class.getName());
        assertThat(promise.get(0).payload().path("year").asInt()).isEqualTo(2025);
        StoredEvent signing = promise.get(1);
        assertThat(signing.payload().path("signedOn").asText()).isEqualTo("2025-01-27");
        assertThat(signing.payload().path("signatories").toString()).isEqualTo("""
                [{"name":"Sofia Karlsson","title":"Lokalpolisområdeschef","party":"POLICE"},\
                {"name":"Harald Hjalmarsson","title":"Kommunalråd","party":"MUNICIPALITY"}]""");
    }

    @Test
    void theDefaultDataIsRecordedAsDoneByTheSystemUnderOneCorrelationId() {
        List<StoredEvent> seeded = new java.util.ArrayList<>(events.of("vastervik-2025"));
        seededPledges().forEach(seeded::add);

        assertThat(seeded).hasSize(26);
        assertThat(seeded).allSatisfy(event -> {
            assertThat(event.metaData().path("userId").asText()).isEqualTo("system");
            assertThat(event.metaData().path("role").asText()).isEqualTo("SYSTEM");
            assertThat(event.metaData().path("client").asText()).isEqualTo("seed");
        });
        assertThat(seeded.stream().map(event -> event.metaData().path("correlationId").asText()).distinct())
                .singleElement().asString().startsWith("seed-");
    }
}
