package se.lofteskollen.command.reportform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.CommandServiceTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The report form knows each commitment's area and current wording, from the events, however old they are. */
@CommandServiceTest
class ReportFormCommitmentsTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    private String wordingOf(String commitmentId) {
        return jdbc.queryForObject("SELECT text FROM report_form_commitment WHERE commitment_id = ?", String.class, commitmentId);
    }

    private void pledgeAndRevise(String promiseId) {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""".formatted(promiseId));
        assertThat(api.post("samordnare", "/api/promises/" + promiseId + "/commitments", """
                {"commitmentId":"%s-6.2","code":"6.2","priorityArea":"6","responsible":["POLICE"],
                 "text":"Minst femtio platsbesök"}""".formatted(promiseId)).status()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.put("samordnare", "/api/commitments/" + promiseId + "-6.2", """
                {"text":"Minst hundra platsbesök","reason":"Ny överenskommelse"}""").status().is2xxSuccessful()).isTrue();
    }

    @Test
    void everyCommitmentOfTheDefaultDataHasItsAreaAndWording() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_form_commitment WHERE commitment_id LIKE 'vastervik-2025-%'",
                Integer.class)).isEqualTo(24);
        assertThat(wordingOf("vastervik-2025-6.2")).startsWith("Polisen ska ha hög synlighet genom minst hundra platsbesök");
        assertThat(jdbc.queryForObject("SELECT priority_area FROM report_form_commitment WHERE commitment_id = ?",
                String.class, "vastervik-2025-6.2")).isEqualTo("6");
    }

    @Test
    void aRevisedCommitmentIsShownInItsNewWording() {
        pledgeAndRevise("wording-2025");

        assertThat(wordingOf("wording-2025-6.2")).isEqualTo("Minst hundra platsbesök");
    }

    /** The migration fills the table for a database whose commitments were pledged before it existed. */
    @Test
    void commitmentsPledgedBeforeTheFormsTableExistedAreReadFromTheEventStore() throws IOException {
        pledgeAndRevise("backfill-2025");
        jdbc.update("DELETE FROM report_form_commitment WHERE commitment_id = 'backfill-2025-6.2'");

        String migration = new ClassPathResource("db/command/V3__create_report_form_commitment.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.execute(migration.substring(migration.indexOf("INSERT INTO report_form_commitment")));

        assertThat(wordingOf("backfill-2025-6.2")).isEqualTo("Minst hundra platsbesök");
        assertThat(jdbc.queryForObject("SELECT priority_area FROM report_form_commitment WHERE commitment_id = ?",
                String.class, "backfill-2025-6.2")).isEqualTo("6");
    }
}
