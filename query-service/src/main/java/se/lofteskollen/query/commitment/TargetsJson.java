package se.lofteskollen.query.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.lofteskollen.events.Target;

import java.util.List;

/**
 * Targets as stored JSON. Written through the list's declared type: a plain {@code writeValueAsString(list)}
 * sees only the erased element type and drops the {@code type} property that tells COUNT from DEADLINE.
 */
public final class TargetsJson {

    private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() {
    };

    private TargetsJson() {
    }

    public static String write(ObjectMapper json, List<Target> targets) {
        try {
            return json.writerFor(TARGETS).writeValueAsString(targets == null ? List.of() : targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("targets could not be written as JSON", e);
        }
    }

    public static List<Target> read(ObjectMapper json, String targets) {
        try {
            return json.readValue(targets, TARGETS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored targets are not readable: " + targets, e);
        }
    }
}
