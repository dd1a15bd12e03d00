package se.lofteskollen.command.draft;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a target counts, read from the words: the meetings of a named network, place visits, or activities of
 * a kind the service knows; anything else is an activity of the kind OTHER, for the coordinator to look at.
 *
 * @param known false when nothing in the words named what is counted
 */
record CountedThing(Measure measure, boolean known) {

    private record Word(Pattern pattern, Measure measure) {
    }

    private record NetworkName(Pattern pattern, Network network) {
    }

    /** Stems, so that "platsbesök", "lägesbilder" and "medborgardialogerna" are all read. */
    private static final List<Word> ACTIVITIES = List.of(
            new Word(stem("platsbesök"), Measure.placeVisits()),
            new Word(stem("fotpatrull"), Measure.activities(ActivityKind.FOOT_PATROL)),
            new Word(stem("orossamtal"), Measure.activities(ActivityKind.CONCERN_TALK)),
            new Word(stem("medborgardialog"), Measure.activities(ActivityKind.CITIZEN_DIALOGUE)),
            new Word(stem("lägesbild"), Measure.activities(ActivityKind.SITUATION_PICTURE)));

    private static final List<NetworkName> NETWORKS = List.of(
            new NetworkName(stem("tistel"), Network.TISTEL),
            new NetworkName(Words.acronym("SIG", "sociala insatsgrupper"), Network.SIG),
            new NetworkName(stem("bob-råd"), Network.BOB_RAD),
            new NetworkName(Words.acronym("SSPF", "skola, socialtjänst, polis och fritid"), Network.SSPF));

    private static final Pattern MEETING = Words.pattern(
            "\\b(?:träffa[rs]?|träffarna|möte[nt]?|mötena|mötas|ses|sammanträd\\w*)\\b");

    private static Pattern stem(String stem) {
        return Words.pattern("\\b" + Pattern.quote(stem) + "[\\w-]*");
    }

    /** What the noun counts, when it names one ({@code platsbesök}); otherwise what the sentence is about. */
    static CountedThing of(String noun, String sentence) {
        if (noun != null) {
            Optional<CountedThing> named = activity(noun);
            if (named.isPresent()) {
                return named.get();
            }
            if (MEETING.matcher(noun).find() || network(noun).isPresent()) {
                return meetings(sentence, noun);
            }
        }
        if (MEETING.matcher(sentence).find() || network(sentence).isPresent()) {
            return meetings(sentence, null);
        }
        return activity(sentence).orElseGet(() -> new CountedThing(Measure.activities(ActivityKind.OTHER), false));
    }

    private static CountedThing meetings(String sentence, String noun) {
        Optional<CountedThing> network = network(noun == null ? sentence : noun + " " + sentence);
        return network.orElseGet(() -> new CountedThing(Measure.meetingsOf(Network.OTHER), false));
    }

    private static Optional<CountedThing> network(String words) {
        for (NetworkName name : NETWORKS) {
            if (name.pattern().matcher(words).find()) {
                return Optional.of(new CountedThing(Measure.meetingsOf(name.network()), true));
            }
        }
        return Optional.empty();
    }

    private static Optional<CountedThing> activity(String words) {
        for (Word word : ACTIVITIES) {
            if (word.pattern().matcher(words).find()) {
                return Optional.of(new CountedThing(word.measure(), true));
            }
        }
        return Optional.empty();
    }

    /** In the words of a reader: "meetings of TISTEL", "place visits", "activities: FOOT_PATROL". */
    String described() {
        return switch (measure.report()) {
            case MEETING -> "meetings of " + measure.network();
            case PLACE_VISIT -> "place visits";
            case ACTIVITY -> "activities: " + measure.activity();
        };
    }
}
