package se.lofteskollen.command.draft;

import se.lofteskollen.events.Party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who answers for a commitment, from the subject of its first sentence: "Polisen ska" (POLICE), "Kommunen ska"
 * (MUNICIPALITY), "Polisen och kommunen ska" or "Vi ska" (both). A subject naming anyone else is reported, not
 * guessed: a promise's other parties have codes only its coordinator knows.
 *
 * @param codes the parties' codes, the police first
 * @param because the subject they were read from
 * @param unknown the parts of the subject that named no party the reader knows
 */
record ResponsibleParties(List<String> codes, String because, List<String> unknown) {

    private static final Pattern SUBJECT = Words.pattern("^\\s*(?<subject>[^.]{1,120}?)\\s+(?:ska|skall|kommer\\s+att)\\b");
    private static final Pattern PARTS = Words.pattern("\\s*,\\s*|\\s+(?:och|samt)\\s+");
    private static final Pattern POLICE = Words.pattern("polisen|polis|polismyndigheten|lokalpolisområdet|lokalpolisområde\\s.+");
    private static final Pattern MUNICIPALITY = Words.pattern("kommunen|kommun|.+\\s(?:kommun|stad)");
    private static final Pattern BOTH = Words.pattern("vi|parterna|båda parterna");

    static ResponsibleParties read(String words) {
        Matcher subject = SUBJECT.matcher(words);
        if (!subject.find()) {
            return new ResponsibleParties(List.of(), null, List.of());
        }
        boolean police = false;
        boolean municipality = false;
        List<String> unknown = new ArrayList<>();
        for (String part : PARTS.split(subject.group("subject").trim())) {
            if (POLICE.matcher(part).matches()) {
                police = true;
            } else if (MUNICIPALITY.matcher(part).matches()) {
                municipality = true;
            } else if (BOTH.matcher(part).matches()) {
                police = true;
                municipality = true;
            } else if (!part.isBlank()) {
                unknown.add(part.toLowerCase(Locale.ROOT));
            }
        }
        List<String> codes = new ArrayList<>();
        if (police) {
            codes.add(Party.POLICE.code());
        }
        if (municipality) {
            codes.add(Party.MUNICIPALITY.code());
        }
        return new ResponsibleParties(List.copyOf(codes), subject.group().trim(), List.copyOf(unknown));
    }

    boolean isEmpty() {
        return codes.isEmpty();
    }
}
