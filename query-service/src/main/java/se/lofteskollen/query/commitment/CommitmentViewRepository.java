package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentViewRepository extends JpaRepository<CommitmentView, String> {
}
