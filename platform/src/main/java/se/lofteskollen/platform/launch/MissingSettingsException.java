package se.lofteskollen.platform.launch;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start when a setting no service may guess is missing; its failure analysis says what to set. */
public class MissingSettingsException extends IllegalStateException {

    private final transient List<MissingSetting> missing;

    MissingSettingsException(List<MissingSetting> missing) {
        super(missing.stream().map(MissingSetting::problem).collect(Collectors.joining(" ")));
        this.missing = List.copyOf(missing);
    }

    List<MissingSetting> missing() {
        return missing;
    }
}
