package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CommitmentViewRepository extends JpaRepository<CommitmentView, String> {

    List<CommitmentView> findByPromiseId(String promiseId);
}
