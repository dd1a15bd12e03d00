package se.lofteskollen.command.commitment;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.identity.CurrentIdentity;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api")
public class CommitmentController {

    private final CommandGateway commands;
    private final CurrentIdentity identity;

    public CommitmentController(CommandGateway commands, CurrentIdentity identity) {
        this.commands = commands;
        this.identity = identity;
    }

    @PostMapping("/promises/{promiseId}/commitments")
    public ResponseEntity<Map<String, String>> pledge(@PathVariable String promiseId, @Valid @RequestBody PledgeRequest request) {
        String commitmentId = request.commitmentId() != null ? request.commitmentId() : promiseId + "-" + request.code();
        PledgeCommitment command = new PledgeCommitment(commitmentId, promiseId, request.code(), request.priorityArea(),
                request.responsible(), request.text(), request.targets() == null ? List.of() : request.targets());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(identity.get().asMetaData()));
        return ResponseEntity.created(URI.create("/api/commitments/" + commitmentId))
                .body(Map.of("commitmentId", commitmentId));
    }
}
