package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CommitmentVersionRepository extends JpaRepository<CommitmentVersion, String> {

    List<CommitmentVersion> findByPromiseIdOrderByPosition(String promiseId);

    List<CommitmentVersion> findByCommitmentIdOrderByPosition(String commitmentId);
}
