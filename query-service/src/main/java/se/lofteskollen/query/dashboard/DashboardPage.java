package se.lofteskollen.query.dashboard;

import java.util.List;

/**
 * The management dashboard of one promise, as of a date and as known at an instant, ready to show.
 *
 * @param asOfInput    the date judged, as the date picker wants it (YYYY-MM-DD)
 * @param knownAtInput the instant, as the picker wants it in Swedish time (YYYY-MM-DDTHH:MM), empty for now
 * @param asOfMoved    the requested date lay outside the promise year and was moved into it
 * @param lastYear     the promise this one renews, to compare with; null when it renews none
 */
public record DashboardPage(String promiseId,
                            int year,
                            String title,
                            String asOfInput,
                            String asOfText,
                            boolean asOfMoved,
                            String knownAtInput,
                            String knownAtText,
                            String firstDay,
                            String lastDay,
                            int daysElapsed,
                            int daysInYear,
                            List<Counter> headline,
                            int commitments,
                            int withdrawn,
                            List<StatusCount> byStatus,
                            List<Area> areas,
                            String reportHref,
                            String csvHref,
                            String pdfHref,
                            String xlsxHref,
                            List<String> problems,
                            LastYear lastYear,
                            Choices choices,
                            List<ToDo.Item> toDo) {

    /**
     * What the commitments can be narrowed to, the chosen ones marked.
     *
     * @param narrowed whether any narrowing is chosen
     * @param shown    how many commitments the page shows
     */
    public record Choices(List<Choice> parties, List<Choice> areas, List<Choice> statuses, boolean narrowed, int shown) {
    }

    public record Choice(String code, String name, boolean chosen) {
    }

    /** Last year's promise: its year, and its dashboard. */
    public record LastYear(int year, String title, String href) {
    }

    /** What the commitment carried on did last year, in words, with its status there and its page. */
    public record Comparison(String text, String status, String statusCode, String href) {
    }

    public record Counter(String label, int achieved, int of, String sentence) {
    }

    public record StatusCount(String status, String statusCode, int count) {
    }

    /** @param code the code of one of the promise's own areas, as its document numbers it */
    public record Area(String code, String name, List<Row> rows) {
    }

    /** @param lastYear what the commitment it carries on did last year; null when it carries none on */
    public record Row(String href, String code, String responsible, String text, String status, String statusCode,
                      List<TargetLine> targets, String withdrawalReason, Comparison lastYear) {
    }

    /**
     * @param value what the bar beside the words shows done, of {@code max}; both null when a bar would say nothing
     *              (a deadline, an increase without a baseline, an ongoing commitment)
     */
    public record TargetLine(String goal, String achieved, String expected, String status, String statusCode,
                             Integer value, Integer max) {

        public boolean hasBar() {
            return value != null && max != null && max > 0;
        }
    }
}
