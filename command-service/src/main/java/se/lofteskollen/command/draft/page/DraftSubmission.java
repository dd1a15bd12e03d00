package se.lofteskollen.command.draft.page;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.commitment.CommitmentController.PledgeRequest;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.draft.page.DraftForm.CommitmentRow;
import se.lofteskollen.command.draft.page.DraftForm.TargetRow;
import se.lofteskollen.command.promise.CreatePromise;
import se.lofteskollen.command.promise.PromiseController.CodeAndName;
import se.lofteskollen.command.promise.PromiseController.CreatePromiseRequest;
import se.lofteskollen.command.promise.PromiseController.PartyRequest;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.events.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static se.lofteskollen.command.draft.page.DraftForm.blank;
import static se.lofteskollen.command.draft.page.DraftForm.trimmed;

/**
 * Creates the promise a corrected draft describes, as the API would: the same request records with the same
 * constraints ({@code POST /api/promises}, then {@code POST /api/promises/{id}/commitments} for each commitment
 * kept), the same commands, and the same way to the command bus as the signed-in user, so every rule and permission
 * applies. Everything is checked on its face first, and nothing is sent while anything is wrong; then the promise,
 * then each commitment under the id {@code <promiseId>-<code>}. The promise's id is the one chosen, else one derived
 * from the form's token: confirming the same draft again stores nothing new. This class only says where each answer
 * belongs on the form, in Swedish.
 */
@Component
class DraftSubmission {

    private static final Logger log = LoggerFactory.getLogger(DraftSubmission.class);

    /** The form's general message, shown above the fields, under this key. */
    static final String FORM = "form";

    /**
     * What came of it: the promise's id once created (null if it was not), the codes of the commitments stored
     * (a repeat of a stored one included) and of those refused, and the messages by form field.
     */
    public record Outcome(String promiseId, List<String> stored, List<String> refused, Map<String, String> errors) {
        public boolean created() {
            return promiseId != null;
        }

        public boolean complete() {
            return created() && refused.isEmpty();
        }
    }

    private final CommandRequests commands;
    private final Validator validator;
    private final CommitmentFormWords words;
    private final DraftRefusals refusals;

    DraftSubmission(CommandRequests commands, Validator validator, CommitmentFormWords words, DraftRefusals refusals) {
        this.commands = commands;
        this.validator = validator;
        this.words = words;
        this.refusals = refusals;
    }

    Outcome confirm(DraftForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Promise promise = promise(form, errors);
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < form.commitments().size(); i++) {
            if (!form.commitments().get(i).dropped()) {
                pledge(form.commitments().get(i), i, errors).ifPresent(pledges::add);
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, List.of(), List.of(), errors);
        }
        String promiseId = promise.command().promiseId();
        try {
            commands.create(promise.command(), "promiseId", promiseId);
        } catch (RuntimeException failure) {
            errors.putAll(refused(failure, promise::field, "promiseId"));
            return new Outcome(null, List.of(), List.of(), errors);
        }
        List<String> stored = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Pledge pledge : pledges) {
            PledgeCommitment command = pledge.request().command(promiseId);
            try {
                commands.create(command, "commitmentId", command.commitmentId());
                stored.add(command.code());
            } catch (RuntimeException failure) {
                refused.add(command.code());
                errors.putAll(refused(failure, pledge::field, "commitmentId"));
            }
        }
        return new Outcome(promiseId, List.copyOf(stored), List.copyOf(refused), errors);
    }

    /** The promise's request and command, and where each of the request's fields is on the form. */
    private record Promise(CreatePromise command, List<Integer> areaRows, List<Integer> partyRows) {
        String field(String requestField) {
            String rows = mapped(requestField, "priorityAreas", areaRows);
            return rows != null ? rows : orElse(mapped(requestField, "parties", partyRows), requestField);
        }
    }

    /** A commitment's request, its row on the form, and the rows of the targets it keeps. */
    private record Pledge(PledgeRequest request, int row, List<Integer> targetRows) {
        String field(String requestField) {
            if (requestField.equals("commitmentId") || requestField.equals("promiseId")) {
                return "commitments[" + row + "]";
            }
            String target = mapped(requestField, "targets", targetRows);
            String local = target != null ? target : requestField.startsWith("responsible") ? "responsible" : requestField;
            return "commitments[" + row + "]." + local;
        }
    }

    private Promise promise(DraftForm form, Map<String, String> errors) {
        Integer year = null;
        if (!blank(form.year())) {
            year = DraftForm.number(form.year()).orElse(null);
            if (year == null) {
                errors.put("year", words.say("draft.unread.year"));
            }
        }
        List<Integer> areaRows = new ArrayList<>();
        List<CodeAndName> areas = new ArrayList<>();
        for (int i = 0; i < form.priorityAreas().size(); i++) {
            DraftForm.Area area = form.priorityAreas().get(i);
            if (!area.blank()) {
                areaRows.add(i);
                areas.add(new CodeAndName(trimmed(area.code()), trimmed(area.name())));
            }
        }
        List<Integer> partyRows = new ArrayList<>();
        List<PartyRequest> parties = new ArrayList<>();
        for (int i = 0; i < form.parties().size(); i++) {
            DraftForm.PartyRow party = form.parties().get(i);
            if (!party.blank()) {
                partyRows.add(i);
                parties.add(new PartyRequest(trimmed(party.code()), trimmed(party.name()), trimmed(party.organisation())));
            }
        }
        CreatePromiseRequest request = new CreatePromiseRequest(trimmed(form.promiseId()), year, trimmed(form.title()),
                trimmed(form.policeArea()), trimmed(form.municipality()), areas, parties, trimmed(form.policeRegion()),
                trimmed(form.county()), trimmed(form.predecessorId()));
        Promise mapping = new Promise(null, areaRows, partyRows);
        if (!valid(request, mapping::field, errors) || year == null) {
            return null;
        }
        String promiseId = commands.idFor(request.promiseId(), form.token());
        try {
            return new Promise(request.command(promiseId), areaRows, partyRows);
        } catch (Rejection refused) {
            errors.putIfAbsent(mapping.field(orElse(refused.field(), "promiseId")), refusals.say(refused));
            return null;
        }
    }

    private Optional<Pledge> pledge(CommitmentRow row, int index, Map<String, String> errors) {
        String at = "commitments[" + index + "].";
        List<Target> targets = new ArrayList<>();
        List<Integer> targetRows = new ArrayList<>();
        boolean readable = true;
        for (int j = 0; j < row.targets().size(); j++) {
            TargetRow target = row.targets().get(j);
            if (target.dropped()) {
                continue;
            }
            Optional<Target> made = TargetRows.read(target, at + "targets[" + j + "].", errors, words);
            readable &= made.isPresent();
            made.ifPresent(targets::add);
            targetRows.add(j);
        }
        PledgeRequest request = new PledgeRequest(null, trimmed(row.code()), trimmed(row.priorityArea()),
                new LinkedHashSet<>(row.responsible()), trimmed(row.text()), targets, trimmed(row.predecessorId()));
        Pledge pledge = new Pledge(request, index, targetRows);
        if (!valid(request, pledge::field, errors) || !readable) {
            return Optional.empty();
        }
        try {
            // Built once here only for its checks of the text; the promise's id is known once it is created.
            request.command("draft");
        } catch (Rejection refused) {
            errors.putIfAbsent(pledge.field(orElse(refused.field(), "text")), refusals.say(refused));
            return Optional.empty();
        }
        return Optional.of(pledge);
    }

    /** The API's own constraints on its request records, said in Swedish by the form's field. */
    private boolean valid(Object request, UnaryOperator<String> field, Map<String, String> errors) {
        boolean valid = true;
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String requestField = violation.getPropertyPath().toString();
            errors.putIfAbsent(field.apply(requestField), refusals.say(requestField, violation));
            valid = false;
        }
        return valid;
    }

    private Map<String, String> refused(RuntimeException failure, UnaryOperator<String> field,
                                               String otherwise) {
        Rejection rejection = causeOf(failure, Rejection.class);
        if (rejection != null) {
            return Map.of(field.apply(orElse(rejection.field(), otherwise)), refusals.say(rejection));
        }
        NotPermitted notPermitted = causeOf(failure, NotPermitted.class);
        if (notPermitted != null) {
            String at = notPermitted.field() == null ? FORM : field.apply(notPermitted.field());
            return Map.of(at, refusals.say(notPermitted));
        }
        log.error("A promise from the draft page could not be stored", failure);
        return Map.of(FORM, refusals.notSavedNow());
    }

    /**
     * {@code list[i]…} of a request, as the form's row that gave its i-th item ({@code parties[1].name} of a request
     * whose first party row was empty is the form's {@code parties[2].name}); null for a field of another list.
     */
    private static String mapped(String requestField, String list, List<Integer> rows) {
        if (!requestField.startsWith(list)) {
            return null;
        }
        String rest = requestField.substring(list.length());
        if (!rest.startsWith("[")) {
            return list;
        }
        int close = rest.indexOf(']');
        try {
            int index = Integer.parseInt(rest.substring(1, close));
            if (index >= rows.size()) {
                return list;
            }
            String within = rest.substring(close + 1).replaceAll("\\.<[^>]*>$", "");
            return list + "[" + rows.get(index) + "]" + within;
        } catch (NumberFormatException | StringIndexOutOfBoundsException unreadable) {
            return list;
        }
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
