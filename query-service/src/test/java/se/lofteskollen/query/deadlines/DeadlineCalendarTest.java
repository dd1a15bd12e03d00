package se.lofteskollen.query.deadlines;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff subscribe to a signed promise's deadlines from their calendar, which cannot sign in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineCalendarTest extends QueryServiceTest {

    String signed;
    String unsigned;

    @BeforeAll
    void aSignedPromiseWithDeadlinesAndAnUnsignedOne() {
        signed = id("calendar-2025");
        unsigned = id("draft-2025");
        EventFeed coordinator = feed().by(EventFeed.SAMORDNARE);
        coordinator.publish(Promises.created(signed, 2025, "Medborgarlöfte 2025", "LPO", "Kommun"));
        coordinator.publish(new PromiseSigned(signed, LocalDate.of(2025, 1, 27), List.of()));
        coordinator.publish(new CommitmentPledged(signed + "-5.1", signed, "5.1", "5", Set.of("MUNICIPALITY"),
                "Kommunen ska genomföra en förstudie, med extern granskning; klar i vår",
                List.of(new Target.Deadline("Förstudien om välfärdsbrott klar", LocalDate.of(2025, 6, 30))), null));
        coordinator.publish(new CommitmentPledged(signed + "-4.1", signed, "4.1", "4", Set.of("MUNICIPALITY"),
                "Kartläggning av hedersnormer",
                List.of(new Target.Deadline("Kartläggningen presenterad för kommunstyrelsen och för alla skolor i "
                        + "kommunen, med en plan för det fortsatta arbetet", LocalDate.of(2025, 12, 31))), null));
        coordinator.publish(new CommitmentPledged(signed + "-1.2", signed, "1.2", "1", Set.of("POLICE"), "SIG",
                List.of(new Target.Deadline("SIG utrett", LocalDate.of(2025, 5, 31))), null));
        coordinator.publish(new CommitmentWithdrawn(signed + "-1.2", signed, "ingår i 1.1"));
        coordinator.publish(new MilestoneReached(signed + "-5.1", signed, "Förstudien om välfärdsbrott klar",
                LocalDate.of(2025, 6, 12), null));
        coordinator.publish(Promises.created(unsigned, 2025, "Utkast", "LPO", "Kommun"));
        coordinator.publish(new CommitmentPledged(unsigned + "-1.1", unsigned, "1.1", "1", Set.of("POLICE"), "Utkast",
                List.of(new Target.Deadline("Hemligt", LocalDate.of(2025, 3, 1))), null));
        feed().awaitProjections();
    }

    @Test
    void aSignedPromisesDeadlinesAreAllDayEventsAnyoneMaySubscribeTo() throws Exception {
        String calendar = mvc.perform(get("/api/promises/{id}/deadlines.ics", signed))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).as("two deadlines in force").hasSize(3);
        String unfolded = calendar.replace("\r\n ", "");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20250630\r\nDTEND;VALUE=DATE:20250701\r\n")
                .contains("SUMMARY:Klart 2025-06-12: 5.1 Förstudien om välfärdsbrott klar")
                .contains("DESCRIPTION:Kommunen ska genomföra en förstudie\\, med extern granskning\\; klar i vår")
                .doesNotContain("SIG utrett");
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(calendar).contains("\r\n ").as("the long milestone is folded");
    }

    @Test
    void aCalendarThatAsksForEnglishGetsItsWordsInEnglishAndTheSameEvents() throws Exception {
        String swedish = ics(signed).replace("\r\n ", "");
        String english = mvc.perform(get("/api/promises/{id}/deadlines.ics", signed).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace("\r\n ", "");

        assertThat(swedish).contains("X-WR-CALNAME:Tidsgränser: Medborgarlöfte 2025");
        assertThat(english).contains("X-WR-CALNAME:Deadlines: Medborgarlöfte 2025")
                .contains("SUMMARY:Done 2025-06-12: 5.1 Förstudien om välfärdsbrott klar")
                .doesNotContain("Klart").doesNotContain("Tidsgränser");
        assertThat(uids(english)).isEqualTo(uids(swedish));
    }

    @Test
    void theSameDeadlineKeepsItsUidSoACalendarUpdatesIt() throws Exception {
        String first = ics(signed);
        String second = ics(signed);

        assertThat(uids(first)).isEqualTo(uids(second)).hasSize(2);
    }

    @Test
    void anUnsignedPromiseHasNoFeed() throws Exception {
        mvc.perform(get("/api/promises/{id}/deadlines.ics", unsigned)).andExpect(status().isNotFound());
    }

    private String ics(String promiseId) throws Exception {
        return mvc.perform(get("/api/promises/{id}/deadlines.ics", promiseId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> uids(String calendar) {
        return calendar.lines().filter(line -> line.startsWith("UID:")).toList();
    }
}
