package se.lofteskollen.query.text;

import org.junit.jupiter.api.Test;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.text.Text;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of the one text check (events.text.Text) match the read models: the longest ids, code, user id and
 * client id the check lets into an event are stored by every projection, which keeps going (a value a read model
 * cannot store would stop its processor for good).
 */
class ReadModelsTakeTheLongestTextTest extends QueryServiceTest {

    @Test
    void everyProjectionStoresTheLongestValuesTheTextCheckLetsThrough() {
        String promiseId = (id("longest-") + "p".repeat(Text.ID)).substring(0, Text.ID);
        String commitmentId = (id("longest-") + "c".repeat(Text.ID)).substring(0, Text.ID);
        String visitId = (id("longest-") + "v".repeat(Text.ID)).substring(0, Text.ID);
        String code = "1.".repeat(Text.CODE).substring(0, Text.CODE);
        String userId = "u".repeat(Text.USER_ID);
        String client = "k".repeat(Text.CLIENT);
        EventFeed feed = feed().by(new EventFeed.Author(userId, "n".repeat(Text.NAME), "POLICE", "REPORTER"))
                .client(client).at("2025-01-02T08:00:00Z");

        feed.publish(Promises.created(promiseId, 2025, "t".repeat(Text.TITLE), "a".repeat(Text.NAME), "m".repeat(Text.NAME)));
        feed.publish(new CommitmentPledged(commitmentId, promiseId, code, "6", Set.of("POLICE"),
                "x".repeat(Text.NOTE), List.of(), null));
        feed.publish(new PlaceVisitReported(visitId, promiseId, commitmentId,
                new Place("p".repeat(Text.NAME), "o".repeat(Text.NAME), null, null), LocalDate.of(2025, 3, 14),
                "b".repeat(Text.NOTE), "å".repeat(Text.NOTE)));
        feed.publish(new StatusNoteAdded(commitmentId, promiseId, "s".repeat(Text.NOTE)));
        feed.awaitProjections();

        assertThat(jdbc.queryForObject("SELECT code FROM commitment_view WHERE commitment_id = ?", String.class,
                commitmentId)).isEqualTo(code);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_view WHERE report_id = ? AND user_id = ?",
                Long.class, visitId, userId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE client = ? AND user_id = ?",
                Long.class, client, userId)).isEqualTo(4);
    }
}
