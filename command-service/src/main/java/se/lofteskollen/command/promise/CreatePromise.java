package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Draw up a year's promise with its own priority areas and parties.
 *
 * @param parties the parties the promise names, each with the organisation that acts as it; the police and the
 *                municipality, which every promise has, are added under the police area's and the municipality's
 *                names when the list leaves them out, acted on by the organisations {@code POLICE} and
 *                {@code MUNICIPALITY} (as before promises named their organisations)
 * @param predecessorId last year's promise this one renews ("Förnya"), or null for a first promise
 */
@Revision("4")
public record CreatePromise(@TargetAggregateIdentifier String promiseId,
                            int year,
                            String title,
                            String policeArea,
                            String municipality,
                            List<PriorityArea> priorityAreas,
                            List<PromiseParty> parties,
                            String policeRegion,
                            String county,
                            String predecessorId) {

    public CreatePromise {
        promiseId = CommandText.id("promiseId", promiseId);
        title = CommandText.line("title", title, Text.TITLE);
        policeArea = CommandText.line("policeArea", policeArea, Text.NAME);
        municipality = CommandText.line("municipality", municipality, Text.NAME);
        priorityAreas = CommandText.priorityAreas("priorityAreas", priorityAreas == null ? List.of() : priorityAreas);
        parties = withPoliceAndMunicipality(CommandText.parties("parties", parties == null ? List.of() : parties),
                policeArea, municipality);
        policeRegion = CommandText.line("policeRegion", policeRegion, Text.NAME);
        county = CommandText.line("county", county, Text.NAME);
        predecessorId = predecessorId == null ? null : CommandText.id("predecessorId", predecessorId);
    }

    private static List<PromiseParty> withPoliceAndMunicipality(List<PromiseParty> named, String policeArea,
                                                                String municipality) {
        List<PromiseParty> parties = new ArrayList<>();
        if (named.stream().noneMatch(party -> party != null && Party.POLICE.code().equals(party.code()))) {
            parties.add(new PromiseParty(Party.POLICE.code(), policeArea, Party.POLICE.code()));
        }
        if (named.stream().noneMatch(party -> party != null && Party.MUNICIPALITY.code().equals(party.code()))) {
            parties.add(new PromiseParty(Party.MUNICIPALITY.code(), municipality, Party.MUNICIPALITY.code()));
        }
        parties.addAll(named);
        return List.copyOf(parties);
    }
}
