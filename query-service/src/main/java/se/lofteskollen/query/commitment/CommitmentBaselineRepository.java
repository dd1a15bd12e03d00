package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CommitmentBaselineRepository extends JpaRepository<CommitmentBaseline, String> {

    List<CommitmentBaseline> findByPromiseIdOrderByPosition(String promiseId);

    List<CommitmentBaseline> findByCommitmentIdOrderByPosition(String commitmentId);
}
