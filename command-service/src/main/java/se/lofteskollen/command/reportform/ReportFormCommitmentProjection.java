package se.lofteskollen.command.reportform;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.lookup.LookupConfiguration;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;

/**
 * Keeps each commitment's priority area (its code) and wording for the report form. It joins the lookup's subscribing
 * processor, so a commitment can be picked in the form as soon as its pledge is committed, and the rows commit
 * or roll back with the events. Like the lookup's own tables, the rows are built again from the event log when the
 * lookups are behind it (the lookup's rebuild, through these handlers).
 */
@Component
@ProcessingGroup(LookupConfiguration.PROCESSING_GROUP)
class ReportFormCommitmentProjection {

    private final JdbcTemplate jdbc;

    ReportFormCommitmentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Before a rebuild; locked until it commits, like the lookup's own tables. */
    @ResetHandler
    void emptyForRebuild() {
        jdbc.execute("LOCK TABLE report_form_commitment IN EXCLUSIVE MODE");
        jdbc.update("DELETE FROM report_form_commitment");
    }

    @EventHandler
    void on(CommitmentPledged event) {
        jdbc.update("""
                INSERT INTO report_form_commitment (commitment_id, priority_area, text) VALUES (?, ?, ?)
                ON CONFLICT (commitment_id) DO NOTHING""",
                event.commitmentId(), event.priorityArea(), event.text());
    }

    @EventHandler
    void on(CommitmentRevised event) {
        if (event.text() != null) {
            jdbc.update("UPDATE report_form_commitment SET text = ? WHERE commitment_id = ?", event.text(), event.commitmentId());
        }
    }
}
