package se.lofteskollen.events;

import java.util.Objects;

/**
 * What a target counts: meetings of one network, place visits, or activities of one kind.
 * {@code network} is set only for meetings, {@code activity} only for activities.
 */
public record Measure(ReportType report, Network network, ActivityKind activity) {

    public Measure {
        Objects.requireNonNull(report, "report");
        if ((report == ReportType.MEETING) != (network != null)) {
            throw new IllegalArgumentException("a network is named exactly when meetings are counted");
        }
        if ((report == ReportType.ACTIVITY) != (activity != null)) {
            throw new IllegalArgumentException("an activity kind is named exactly when activities are counted");
        }
    }

    public static Measure meetingsOf(Network network) {
        return new Measure(ReportType.MEETING, network, null);
    }

    public static Measure placeVisits() {
        return new Measure(ReportType.PLACE_VISIT, null, null);
    }

    public static Measure activities(ActivityKind kind) {
        return new Measure(ReportType.ACTIVITY, null, kind);
    }

    public boolean countsMeetingOf(Network meetingNetwork) {
        return report == ReportType.MEETING && network == meetingNetwork;
    }

    public boolean countsPlaceVisits() {
        return report == ReportType.PLACE_VISIT;
    }

    public boolean countsActivity(ActivityKind kind) {
        return report == ReportType.ACTIVITY && activity == kind;
    }
}
