package se.lofteskollen.query.promise;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface PromiseViewRepository extends JpaRepository<PromiseView, String> {

    List<PromiseView> findAllByOrderByYearDescPromiseIdAsc();

    List<PromiseView> findAllByYearOrderByPromiseIdAsc(int year);

    /** The promise renewed from this one, if any: a promise is renewed once. */
    Optional<PromiseView> findFirstByPredecessorId(String predecessorId);
}
