package se.lofteskollen.command.seed;

import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.promise.CreatePromise;
import se.lofteskollen.command.promise.SignPromise;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.Signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Medborgarlöfte 2025 of Lokalpolisområde Västervik and Västerviks kommun, as published: the texts of
 * its 24 commitments, who answers for each, and exactly the targets its text sets
 * ({@code shared/seed/medborgarlofte-2025-vastervik.md}).
 */
public final class VastervikPromise2025 {

    public static final String PROMISE_ID = "vastervik-2025";
    public static final int YEAR = 2025;
    public static final LocalDate SIGNED_ON = LocalDate.of(2025, 1, 27);

    private static final LocalDate SPRING = LocalDate.of(YEAR, 6, 30);
    private static final LocalDate AUTUMN_WINTER = LocalDate.of(YEAR, 12, 31);
    private static final Set<String> BOTH = Set.of(Party.POLICE.code(), Party.MUNICIPALITY.code());
    private static final Set<String> POLICE = Set.of(Party.POLICE.code());
    private static final Set<String> MUNICIPALITY = Set.of(Party.MUNICIPALITY.code());

    /** The eight priority areas of the cooperation agreement, numbered as in the promise document. */
    public static final List<PriorityArea> PRIORITY_AREAS = List.of(
            new PriorityArea("1", "Organiserad brottslighet och kriminella gäng"),
            new PriorityArea("2", "Ungdomskriminalitet och normbrytande unga"),
            new PriorityArea("3", "Våld och andra brott i nära relation"),
            new PriorityArea("4", "Hedersförtryck"),
            new PriorityArea("5", "Välfärdsbrottslighet och annan kriminell ekonomi"),
            new PriorityArea("6", "Brottskoncentrationer kopplade till tider och platser"),
            new PriorityArea("7", "Narkotika- och alkoholrelaterade brott"),
            new PriorityArea("8", "Trafikbrott"));
    private static final Target TISTEL_FOUR_TIMES = new Target.Count(Measure.meetingsOf(Network.TISTEL), 4);

    private VastervikPromise2025() {
    }

    public static CreatePromise promise() {
        return new CreatePromise(PROMISE_ID, YEAR,
                "Medborgarlöfte 2025 — Lokalpolisområde Västervik och Västerviks kommun",
                "Lokalpolisområde Västervik", "Västerviks kommun", PRIORITY_AREAS, List.of(),
                "Polisregion Öst", "Kalmar län", null);
    }

    public static SignPromise signing(LocalDate today) {
        return new SignPromise(PROMISE_ID, SIGNED_ON, List.of(
                new Signatory("Sofia Karlsson", "Lokalpolisområdeschef", Party.POLICE),
                new Signatory("Harald Hjalmarsson", "Kommunalråd", Party.MUNICIPALITY)), today);
    }

    public static List<PledgeCommitment> commitments() {
        return List.of(
                pledge("1.1", BOTH, "Polisen och kommunen ska fortsätta samverkan kring organiserad brottslighet inom "
                        + "ramen för myndighetsnätverket Tistel som ska träffas minst fyra gånger per år.",
                        TISTEL_FOUR_TIMES),
                pledge("1.2", BOTH, "Polisen och kommunen ska utreda behovet av samverkan kring kriminella unga inom "
                        + "ramen för SIG (Sociala insatsgrupper) under våren 2025.",
                        new Target.Deadline("Behovet av samverkan kring kriminella unga inom SIG utrett", SPRING)),
                pledge("1.3", BOTH, "Polisen och kommunen ska utveckla samverkan inom ramen för arbetsmetoden Bob-råd. "
                        + "Förkortningen Bob står för barn och unga i organiserad brottslighet och är ett "
                        + "regeringsuppdrag med det långsiktiga målet att hindra att barn och unga blir en del av "
                        + "kriminella nätverk och organiserad brottslighet."),
                pledge("1.4", BOTH, "Polisen och kommunen ska utveckla samverkan kring kriminella som vill lämna den "
                        + "kriminella banan, så kallad avhopparverksamhet."),
                pledge("2.1", MUNICIPALITY, "Kommunen ska arbeta uppsökande och erbjuda tidigt stöd till föräldrar som "
                        + "behöver det, exempelvis genom att implementera det nya föräldrastödsprogrammet Här kommer "
                        + "storken som är ett samtalsstöd för grupper med blivande eller nyblivna föräldrar. Satsningen "
                        + "görs på familjecentralerna i kommunen där kommunen och regionen samverkar kring föräldrar och barn."),
                pledge("2.2", MUNICIPALITY, "Kommunen ska genomföra en stor omställning av inledningen på kontakten med "
                        + "familjeenhetens behandlingsgrupp genom en stor satsning på arbetsmetoden ABC i syfte att stärka "
                        + "familjerelationer och hjälpa föräldrar att handskas bättre med vardagssituationer."),
                pledge("2.3", MUNICIPALITY, "Kommunen ska erbjuda trygghetsskapande åtgärder för unga såsom fältare och "
                        + "stötta ideella krafter som arbetar för ungdomars trygghet."),
                pledge("2.4", BOTH, "Polisen och kommunen ska samverka kring normbrytande unga inom ramen för "
                        + "arbetsmetoden SSPF (Skola, Socialtjänst, Polis och Fritid) där viktiga aktörer runt en ung "
                        + "person arbetar gemensamt och strukturerat för att bryta ett normbrytande beteende."),
                pledge("2.5", BOTH, "Polisen och kommunen ska samverka kring perioder eller händelser där risken för att "
                        + "unga utvecklar ett normbrytande beteende är som störst, exempelvis inför sommarlovet."),
                pledge("2.6", POLICE, "Polisen ska hålla orossamtal med unga och deras föräldrar när det är påkallat."),
                pledge("3.1", MUNICIPALITY, "Kommunen ska delta i den våldspreventiva processledarutbildningen En kommun "
                        + "fri från våld i syfte att öka kunskapen om våld och våldsprevention med det långsiktiga målet "
                        + "att utarbeta en handlingsplan för kommunens våldsförebyggande arbete."),
                pledge("3.2", MUNICIPALITY, "Kommunen ska fortsatt erbjuda stöd och behandling till både våldsutsatta och "
                        + "våldsutövare."),
                pledge("3.3", POLICE, "Polisen ska utveckla sitt arbete mot särskilt utsatta brottsoffer såsom utsatta för "
                        + "brott i nära relation."),
                pledge("3.4", POLICE, "Polisen ska arbeta uppsökande mot personer som bedöms ha hög risk för att utöva "
                        + "brott i nära relation."),
                pledge("4.1", MUNICIPALITY, "Kommunen ska kartlägga förekomsten av hedersnormer och hedersförtryck bland "
                        + "ungdomar som bor i kommunen och presentera resultatet under hösten/vintern. Kartläggningen "
                        + "kommer att ligga till grund för kommunens fortsatta arbete på området.",
                        new Target.Deadline("Kartläggningen av hedersnormer och hedersförtryck presenterad", AUTUMN_WINTER)),
                pledge("5.1", MUNICIPALITY, "Kommunen ska under våren genomföra en förstudie av sina organisatoriska "
                        + "förutsättningar för ett systematiskt arbete mot välfärdsbrott, med målet att stärka både den "
                        + "interna kontrollen och samverkan med externa aktörer.",
                        new Target.Deadline("Förstudien om arbetet mot välfärdsbrott klar", SPRING)),
                pledge("5.2", BOTH, "Polisen och kommunen ska fortsätta samverkan kring kriminell ekonomi inom ramen för "
                        + "myndighetsnätverket Tistel som ska träffas minst fyra gånger per år.",
                        TISTEL_FOUR_TIMES),
                pledge("6.1", MUNICIPALITY, "Kommunen ska utveckla arbetssättet Effektiv samverkan för trygghet (EST) för "
                        + "att ha uppdaterade lägesbilder kring brott och otrygghet varje vecka och därigenom kunna "
                        + "prioritera resurser och åtgärder bättre. Under våren kommer polisanmälningar att kunna "
                        + "importeras i systemet och addera till kartläggningen.",
                        new Target.Cadence(Measure.activities(ActivityKind.SITUATION_PICTURE), Target.Period.WEEK),
                        new Target.Deadline("Polisanmälningar kan importeras i EST-systemet", SPRING)),
                pledge("6.2", POLICE, "Polisen ska ha hög synlighet genom minst hundra platsbesök på ett år med åtgärder "
                        + "anpassade efter problembild.",
                        new Target.Count(Measure.placeVisits(), 100)),
                pledge("6.3", POLICE, "Polisen ska ägna sig åt ordningshållande fotpatrullering på platser där behovet "
                        + "är som störst."),
                pledge("7.1", MUNICIPALITY, "Kommunen ska arbeta förebyggande mot alkohol-, narkotika-, dopnings-, "
                        + "tobaks- och spelmissbruk bland kommunens unga inom ramen för arbetsmetoden ANDTS-coacher."),
                pledge("7.2", MUNICIPALITY, "Kommunen ska erbjuda stöd, hjälp och råd till den som vill sluta missbruka."),
                pledge("7.3", POLICE, "Polisen ska aktivt upptäcka och lagföra innehav och bruk av narkotika."),
                pledge("8.1", POLICE, "Polisen ska arbeta för att öka antalet medborgardialoger och då efterfråga "
                        + "medborgarnas information för att öka träffsäkerheten i trafikövervakningen och trafikarbetet.",
                        new Target.Increase(Measure.activities(ActivityKind.CITIZEN_DIALOGUE))));
    }

    /** The priority area is the code's first number; the id follows the default data set's rule. */
    private static PledgeCommitment pledge(String code, Set<String> responsible, String text, Target... targets) {
        String area = code.substring(0, code.indexOf('.'));
        return new PledgeCommitment(PROMISE_ID + "-" + code, PROMISE_ID, code, area, responsible, text, List.of(targets), null);
    }
}
