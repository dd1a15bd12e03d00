package se.lofteskollen.query.commitment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface ReportViewRepository extends JpaRepository<ReportView, String> {

    @Query("select distinct r from ReportView r left join fetch r.commitmentIds where r.promiseId = :promiseId")
    List<ReportView> findByPromiseIdWithCommitments(@Param("promiseId") String promiseId);

    @Query("""
            select distinct r from ReportView r left join fetch r.commitmentIds
            where r.reportId in (select s.reportId from ReportView s join s.commitmentIds c where c = :commitmentId)
            """)
    List<ReportView> findServing(@Param("commitmentId") String commitmentId);
}
