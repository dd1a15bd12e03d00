package se.lofteskollen.query.commitment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/commitments")
public class CommitmentQueryController {

    private final CommitmentViewRepository commitments;

    public CommitmentQueryController(CommitmentViewRepository commitments) {
        this.commitments = commitments;
    }

    @GetMapping("/{commitmentId}")
    public CommitmentView commitment(@PathVariable String commitmentId) {
        return commitments.findById(commitmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no commitment " + commitmentId));
    }
}
