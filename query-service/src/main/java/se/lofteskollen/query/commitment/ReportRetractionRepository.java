package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ReportRetractionRepository extends JpaRepository<ReportRetraction, String> {

    List<ReportRetraction> findByPromiseId(String promiseId);
}
