package se.lofteskollen.query.dashboard;

import java.util.List;

/**
 * One commitment for management: its targets and status on the date judged, every report on it (who reported
 * it, when; retracted ones marked with the reason) and its change history from the audit.
 */
public record CommitmentPage(String commitmentId,
                             String promiseId,
                             String code,
                             String area,
                             String responsible,
                             String text,
                             String status,
                             String statusCode,
                             List<DashboardPage.TargetLine> targets,
                             String baseline,
                             String withdrawal,
                             String asOfText,
                             String knownAtText,
                             String dashboardHref,
                             List<ReportLine> reports,
                             List<ChangeLine> history,
                             LastYear lastYear,
                             List<Charts.PaceChart> paceCharts,
                             List<Charts.PeriodStrip> strips) {

    /** The commitment this one carries on: its year, code, targets as its year ended, and its page. */
    public record LastYear(int year, String code, String status, String statusCode,
                           List<DashboardPage.TargetLine> targets, String href) {
    }

    /**
     * A meeting, place visit, activity, milestone or status note.
     *
     * @param retraction empty unless retracted: when, by whom and why
     */
    public record ReportLine(String occurredOn, String what, List<String> details, String reportedBy,
                             String recordedAt, boolean retracted, String retraction) {
    }

    public record ChangeLine(String at, String by, String what, List<String> details, String reason) {
    }
}
