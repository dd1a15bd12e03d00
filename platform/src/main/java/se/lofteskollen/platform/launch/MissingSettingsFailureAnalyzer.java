package se.lofteskollen.platform.launch;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/**
 * Turns a {@link MissingSettingsException} into Spring Boot's "APPLICATION FAILED TO START" report: what is missing
 * and exactly what to set, as the last thing the service prints, with no stack trace to read past.
 */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        String description = "Löfteskollen refuses to start: it fails closed rather than guess.\n"
                + cause.missing().stream().map(setting -> "- " + setting.problem()).collect(Collectors.joining("\n"));
        String action = cause.missing().stream().map(setting -> "- " + setting.action()).collect(Collectors.joining("\n"));
        return new FailureAnalysis(description, action, cause);
    }
}
