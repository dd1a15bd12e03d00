package se.lofteskollen.query.promise;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PromiseViewRepository extends JpaRepository<PromiseView, String> {

    List<PromiseView> findAllByOrderByYearDescPromiseIdAsc();
}
