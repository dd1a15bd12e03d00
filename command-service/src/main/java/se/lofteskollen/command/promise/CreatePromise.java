package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

@Revision("1")
public record CreatePromise(@TargetAggregateIdentifier String promiseId,
                            int year,
                            String title,
                            String policeArea,
                            String municipality) {

    public CreatePromise {
        promiseId = CommandText.id("promiseId", promiseId);
        title = CommandText.line("title", title, Text.TITLE);
        policeArea = CommandText.line("policeArea", policeArea, Text.NAME);
        municipality = CommandText.line("municipality", municipality, Text.NAME);
    }
}
