package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MilestoneViewRepository extends JpaRepository<MilestoneView, String> {

    List<MilestoneView> findByPromiseIdOrderByPosition(String promiseId);

    List<MilestoneView> findByCommitmentIdOrderByPosition(String commitmentId);
}
