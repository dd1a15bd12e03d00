package se.lofteskollen.command.reportform;

import java.util.ArrayList;
import java.util.List;

/**
 * What the report form posts, as typed: text only, so that a date or number that cannot be read is answered
 * with a Swedish message by its field rather than a binding error. Fields of the kinds not chosen are ignored.
 *
 * <p>{@code token} is the form's idempotency key (a status note's too): made when the form is shown, sent with it, and kept when the
 * form comes back with an error. Posting the same form twice therefore names the same report, and the second
 * post creates nothing.
 */
public class ReportForm {

    private String token;
    private String commitmentId;
    private String kind;
    private String date;
    private String placeName;
    private String placeArea;
    private String problemPicture;
    private String measures;
    private String activityKind;
    private String count;
    private String activityPlace;
    private String activityNotes;
    private String network;
    private String participants;
    private String meetingNotes;
    private String milestone;
    private String milestoneNotes;
    private String note;
    /** Further commitments an activity or meeting serves (a Tistel meeting counts for 1.1 and 5.2). */
    private List<String> alsoFor = new ArrayList<>();

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public void setCommitmentId(String commitmentId) {
        this.commitmentId = commitmentId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public String getPlaceArea() {
        return placeArea;
    }

    public void setPlaceArea(String placeArea) {
        this.placeArea = placeArea;
    }

    public String getProblemPicture() {
        return problemPicture;
    }

    public void setProblemPicture(String problemPicture) {
        this.problemPicture = problemPicture;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(String activityKind) {
        this.activityKind = activityKind;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }

    public String getActivityPlace() {
        return activityPlace;
    }

    public void setActivityPlace(String activityPlace) {
        this.activityPlace = activityPlace;
    }

    public String getActivityNotes() {
        return activityNotes;
    }

    public void setActivityNotes(String activityNotes) {
        this.activityNotes = activityNotes;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getMeetingNotes() {
        return meetingNotes;
    }

    public void setMeetingNotes(String meetingNotes) {
        this.meetingNotes = meetingNotes;
    }

    public String getMilestone() {
        return milestone;
    }

    public void setMilestone(String milestone) {
        this.milestone = milestone;
    }

    public String getMilestoneNotes() {
        return milestoneNotes;
    }

    public void setMilestoneNotes(String milestoneNotes) {
        this.milestoneNotes = milestoneNotes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getAlsoFor() {
        return alsoFor;
    }

    public void setAlsoFor(List<String> alsoFor) {
        this.alsoFor = alsoFor == null ? new ArrayList<>() : alsoFor;
    }

    /** The commitment picked first, then the further ones, each once. */
    List<String> commitmentIds() {
        List<String> ids = new ArrayList<>();
        if (commitmentId != null && !commitmentId.isBlank()) {
            ids.add(commitmentId);
        }
        for (String id : alsoFor) {
            if (id != null && !id.isBlank() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
