package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface StatusNoteViewRepository extends JpaRepository<StatusNoteView, String> {

    List<StatusNoteView> findByPromiseIdOrderByPosition(String promiseId);

    List<StatusNoteView> findByCommitmentIdOrderByPosition(String commitmentId);
}
