package se.lofteskollen.command.coordination;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A promise of 2025 of the organisations POLICE and MUNICIPALITY (the coordinator {@code samordnare}'s), made through
 * the API as a coordinator would: 1.2 with a milestone by 30 June, 6.2 with a hundred place visits, 4.1 with more
 * citizen dialogues than the year before. Each test makes its own, so that tests sharing the database keep apart.
 */
final class Arranged {

    private final MockMvc mvc;
    final String promiseId = "samordna-" + UUID.randomUUID();

    private Arranged(MockMvc mvc) {
        this.mvc = mvc;
    }

    static Arranged promise(MockMvc mvc) throws Exception {
        Arranged arranged = new Arranged(mvc);
        arranged.api("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Medborgarlöfte 2025","policeArea":"LPO Västervik",
                 "municipality":"Västerviks kommun","policeRegion":"Polisregion Öst","county":"Kalmar län",
                 "priorityAreas":[{"code":"1","name":"Unga"},{"code":"4","name":"Dialog"},{"code":"6","name":"Platser"}]}"""
                .formatted(arranged.promiseId));
        arranged.pledge("1.2", "1", "MUNICIPALITY", "Kommunen ska göra en förstudie under våren.",
                "{\"type\":\"DEADLINE\",\"milestone\":\"förstudie klar\",\"dueOn\":\"2025-06-30\"}");
        arranged.pledge("6.2", "6", "POLICE", "Polisen ska göra minst hundra platsbesök.",
                "{\"type\":\"COUNT\",\"measure\":{\"report\":\"PLACE_VISIT\"},\"atLeast\":100}");
        arranged.pledge("4.1", "4", "POLICE", "Polisen ska hålla fler medborgardialoger än 2024.",
                "{\"type\":\"INCREASE\",\"measure\":{\"report\":\"ACTIVITY\",\"activity\":\"CITIZEN_DIALOGUE\"}}");
        return arranged;
    }

    String commitment(String code) {
        return promiseId + "-" + code;
    }

    /** A place visit on 6.2, reported by the police's reporter; answers its id. */
    String placeVisit(String place) throws Exception {
        String answer = api("polis", "/api/place-visits", """
                {"commitmentId":"%s","place":{"name":"%s"},"visitedOn":"2025-06-12","measures":"Synlig närvaro"}"""
                .formatted(commitment("6.2"), place));
        return new ObjectMapper().readTree(answer).path("id").asText();
    }

    private void pledge(String code, String area, String responsible, String text, String target) throws Exception {
        api("samordnare", "/api/promises/" + promiseId + "/commitments", """
                {"code":"%s","priorityArea":"%s","responsible":["%s"],"text":"%s","targets":[%s]}"""
                .formatted(code, area, responsible, text, target));
    }

    private String api(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }
}
