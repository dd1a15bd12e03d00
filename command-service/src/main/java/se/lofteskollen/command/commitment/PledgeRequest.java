package se.lofteskollen.command.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;

import java.util.List;
import java.util.Set;

/** The body of {@code POST /api/promises/{promiseId}/commitments}. */
public record PledgeRequest(
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String commitmentId,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
        @NotNull PriorityArea priorityArea,
        @NotEmpty Set<@NotNull Party> responsible,
        @NotBlank @Size(max = 4000) String text,
        @Size(max = 10) List<@NotNull Target> targets) {
}
