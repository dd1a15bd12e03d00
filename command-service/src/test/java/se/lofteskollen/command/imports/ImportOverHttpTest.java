package se.lofteskollen.command.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports from another system, many in one CSV file: checked row by row as the API checks one report, stored through
 * the same command path, and stored once however often the file is sent.
 */
@CommandServiceTest
class ImportOverHttpTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String HEADER = "externalId,kind,commitmentIds,occurredOn,place,area,count,participants,measures,notes";

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    @Test
    void aDryRunAnswersEveryLineWithItsColumnAndStoresNothing() {
        long before = events.count();

        Answer answer = post("polis", "/api/imports?dryRun=true", csv(
                "dry-1,PLACE_VISIT,vastervik-2025-6.2,2025-04-02,Stora torget,Centrum,,,Synlig närvaro,",
                "dry-2,FOOT_PATROL,vastervik-2025-6.3,2025-14-02,,,2,,,",
                "dry-3,PLACE_VISIT,vastervik-2025-9.9,2025-04-02,Hamnen,,,,Samtal,",
                "dry-4,PLACE_VISIT,vastervik-2025-6.2,2025-04-02,Hamnen,,,,,",
                "dry-5,MEETING:TISTEL,vastervik-2025-1.1,2025-03-11,,,,,,",
                "dry-6,BREAKFAST,vastervik-2025-6.3,2025-03-11,,,,,,",
                "dry-7,CONCERN_TALK,vastervik-2025-2.1,2025-03-11,,,,,,",
                "dry-1,FOOT_PATROL,vastervik-2025-6.3,2025-04-03,,,,,,"));

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        assertThat(answer.body().path("dryRun").asBoolean()).isTrue();
        assertThat(statuses(answer)).containsExactly("WOULD_STORE", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED");
        assertThat(line(answer, 3).path("field").asText()).isEqualTo("occurredOn");
        assertThat(line(answer, 3).path("message").asText()).contains("2025-14-02");
        assertThat(line(answer, 4).path("field").asText()).isEqualTo("commitmentIds");
        assertThat(line(answer, 5).path("field").asText()).isEqualTo("measures");
        assertThat(line(answer, 6).path("field").asText()).isEqualTo("participants");
        assertThat(line(answer, 7).path("field").asText()).isEqualTo("kind");
        assertThat(line(answer, 8).path("field").asText()).as("2.1 is the municipality's").isEqualTo("commitmentIds");
        assertThat(line(answer, 9).path("message").asText()).isEqualTo("is used on line 2 too");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anImportStoresEveryRowAsTheApiWouldAndASecondSendingStoresNothingNew() {
        byte[] file = csv(
                "stored-1,PLACE_VISIT,vastervik-2025-6.2,2025-04-02,Stora torget,Centrum,,,Synlig närvaro,Oro kvällstid",
                "stored-2,FOOT_PATROL,vastervik-2025-6.3,2025-04-02,Hamnen,,3,,,Kvällspass",
                "stored-3,MEETING:TISTEL,vastervik-2025-1.1|vastervik-2025-5.2,2025-03-11,,,,9,,Lägesbild");
        long visits = events.countOf(PlaceVisitReported.class);
        long activities = events.countOf(ActivityReported.class);
        long meetings = events.countOf(MeetingRecorded.class);

        Answer first = post("polis", "/api/imports", file);

        assertThat(first.status()).isEqualTo(HttpStatus.OK);
        assertThat(first.body().path("stored").asInt()).isEqualTo(3);
        assertThat(statuses(first)).containsOnly("STORED");
        assertThat(events.countOf(PlaceVisitReported.class)).isEqualTo(visits + 1);
        assertThat(events.countOf(ActivityReported.class)).isEqualTo(activities + 1);
        assertThat(events.countOf(MeetingRecorded.class)).isEqualTo(meetings + 1);
        String visitId = line(first, 2).path("id").asText();
        JsonNode visit = events.of(visitId).get(0).payload();
        assertThat(visit.path("place").path("name").asText()).isEqualTo("Stora torget");
        assertThat(visit.path("problemPicture").asText()).isEqualTo("Oro kvällstid");
        assertThat(events.of(visitId).get(0).metaData().path("userId").asText()).isEqualTo("polis");
        assertThat(events.of(line(first, 3).path("id").asText()).get(0).payload().path("count").asInt()).isEqualTo(3);

        long after = events.count();
        Answer again = post("polis", "/api/imports", file);

        assertThat(again.status()).isEqualTo(HttpStatus.OK);
        assertThat(statuses(again)).containsOnly("ALREADY_STORED");
        assertThat(line(again, 2).path("id").asText()).isEqualTo(visitId);
        assertThat(line(again, 2).path("position").asLong()).isEqualTo(line(first, 2).path("position").asLong());
        assertThat(events.count()).isEqualTo(after);
    }

    @Test
    void aRefusedRowStopsTheWholeImportAsProblemDetailsNamingItsLineAndColumn() {
        long before = events.count();

        Answer answer = post("polis", "/api/imports", csv(
                "whole-1,FOOT_PATROL,vastervik-2025-6.3,2025-04-02,,,,,,",
                "whole-2,FOOT_PATROL,vastervik-2025-6.3,den andra april,,,,,,"));

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.text("field")).isEqualTo("occurredOn");
        assertThat(answer.body().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(answer.body().path("detail").asText()).contains("1 of 2 rows are refused; nothing was stored");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPartialImportStoresTheGoodRowsAndNamesTheRefusedOnes() {
        Answer answer = post("polis", "/api/imports?partial=true", csv(
                "partial-1,FOOT_PATROL,vastervik-2025-6.3,2025-04-02,,,,,,",
                "partial-2,FOOT_PATROL,vastervik-2025-7.2,2025-04-02,,,,,,",
                "partial-3,CONCERN_TALK,vastervik-2025-2.6,2025-04-03,,,,,,"));

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        assertThat(statuses(answer)).containsExactly("STORED", "REFUSED", "STORED");
        assertThat(line(answer, 3).path("field").asText()).isEqualTo("commitmentIds");
        assertThat(answer.body().path("stored").asInt()).isEqualTo(2);
        assertThat(answer.body().path("refused").asInt()).isEqualTo(1);
    }

    @Test
    void aFileSavedBySwedishExcelIsReadWithItsSemicolonsAndItsWindows1252Letters() {
        String text = String.join("\r\n", "externalId;kind;commitmentIds;occurredOn;place;area;measures",
                "excel-1;PLACE_VISIT;vastervik-2025-6.2;2025-05-06;Östra torget;Söder;Samtal med butiksägare", "");

        Answer answer = post("polis", "/api/imports", text.getBytes(Charset.forName("windows-1252")));

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(HttpStatus.OK);
        JsonNode visit = events.of(line(answer, 2).path("id").asText()).get(0).payload();
        assertThat(visit.path("place").path("name").asText()).isEqualTo("Östra torget");
        assertThat(visit.path("place").path("area").asText()).isEqualTo("Söder");
        assertThat(visit.path("measures").asText()).isEqualTo("Samtal med butiksägare");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndCommasIsRead() {
        byte[] text = ("\uFEFFexternalId,kind,commitmentIds,occurredOn,notes\n"
                + "bom-1,CITIZEN_DIALOGUE,vastervik-2025-8.1,2025-05-07,\"Dialog på torget, med fika\"\n")
                .getBytes(StandardCharsets.UTF_8);

        Answer answer = post("polis", "/api/imports", text);

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(HttpStatus.OK);
        assertThat(events.of(line(answer, 2).path("id").asText()).get(0).payload().path("notes").asText())
                .isEqualTo("Dialog på torget, med fika");
    }

    @Test
    void aFileInAnEncodingThatIsNeitherIsRefusedNamingTheFile() {
        byte[] utf16 = (HEADER + "\nutf16-1,FOOT_PATROL,vastervik-2025-6.3,2025-04-02,,,,,,\n")
                .getBytes(StandardCharsets.UTF_16);

        Answer answer = post("polis", "/api/imports", utf16);

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.text("field")).isEqualTo("file");
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefused() {
        Answer missing = post("polis", "/api/imports", "externalId,kind,commitmentIds\nx,FOOT_PATROL,vastervik-2025-6.3\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.body().path("detail").asText()).contains("the column occurredOn is missing");

        Answer unknown = post("polis", "/api/imports", (HEADER + ",personnummer\n").getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.body().path("detail").asText()).contains("unknown column \"personnummer\"");
    }

    @Test
    void theSameExternalIdFromAnotherOrganisationIsAnotherReport() {
        Answer police = post("polis", "/api/imports", csv("shared-1,FOOT_PATROL,vastervik-2025-1.1,2025-04-02,,,,,,"));
        Answer municipality = post("kommun", "/api/imports", csv("shared-1,FOOT_PATROL,vastervik-2025-1.1,2025-04-02,,,,,,"));

        assertThat(statuses(police)).containsExactly("STORED");
        assertThat(statuses(municipality)).containsExactly("STORED");
        assertThat(line(municipality, 2).path("id").asText()).isNotEqualTo(line(police, 2).path("id").asText());
    }

    @Test
    void managementMayNotImport() {
        Answer answer = post("ledning", "/api/imports", csv("mgmt-1,FOOT_PATROL,vastervik-2025-6.3,2025-04-02,,,,,,"));

        assertThat(answer.status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Answer post(String user, String path, byte[] file) {
        return api.post(user, path, file, CSV);
    }

    private static byte[] csv(String... rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> statuses(Answer answer) {
        List<String> statuses = new ArrayList<>();
        answer.body().path("lines").forEach(line -> statuses.add(line.path("status").asText()));
        return statuses;
    }

    /** The answer's line for the file's line {@code number} (the header is line 1). */
    private static JsonNode line(Answer answer, int number) {
        for (JsonNode line : answer.body().path("lines")) {
            if (line.path("line").asInt() == number) {
                return line;
            }
        }
        throw new AssertionError("no line " + number + " in " + answer.body());
    }
}
