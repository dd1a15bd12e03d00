package se.lofteskollen.query.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, String> {

    Optional<AuditEntry> findFirstBySubjectIdAndChangeInOrderByPositionDesc(String subjectId, Collection<String> changes);

    @Query("""
            select distinct e from AuditEntry e left join fetch e.commitmentIds
            where e.eventId in (select f.eventId from AuditEntry f join f.commitmentIds c where c = :commitmentId)
            order by e.position
            """)
    List<AuditEntry> findHistoryOf(@Param("commitmentId") String commitmentId);

    @Query(value = """
            select e from AuditEntry e
            where (:userId is null or e.userId = :userId)
              and e.recordedAt >= :from and e.recordedAt <= :to
              and (:everyPromise = true or e.promiseId in :promiseIds)
            order by e.recordedAt, e.position
            """,
            countQuery = """
            select count(e) from AuditEntry e
            where (:userId is null or e.userId = :userId)
              and e.recordedAt >= :from and e.recordedAt <= :to
              and (:everyPromise = true or e.promiseId in :promiseIds)
            """)
    Page<AuditEntry> findChanges(@Param("userId") String userId, @Param("from") Instant from, @Param("to") Instant to,
                                 @Param("everyPromise") boolean everyPromise,
                                 @Param("promiseIds") Collection<String> promiseIds, Pageable page);

    /**
     * A promise's changes, newest first: of one kind ({@code change}, or every kind when null), recorded between
     * {@code from} and {@code to}, and, when {@code like} is given (a lower-case LIKE pattern), those whose author,
     * organisation, reason, subject or one of whose commitments holds it.
     */
    @Query(value = """
            select e from AuditEntry e
            where e.promiseId = :promiseId
              and (:change is null or e.change = :change)
              and e.recordedAt >= :from and e.recordedAt <= :to
              and (:like is null or lower(e.userId) like :like or lower(coalesce(e.userName, '')) like :like
                   or lower(coalesce(e.organisation, '')) like :like or lower(coalesce(e.reason, '')) like :like
                   or lower(e.subjectId) like :like
                   or exists (select 1 from AuditEntry f join f.commitmentIds c where f = e and lower(c) like :like))
            order by e.position desc
            """)
    Page<AuditEntry> findChangesOfPromise(@Param("promiseId") String promiseId, @Param("change") String change,
                                          @Param("like") String like, @Param("from") Instant from,
                                          @Param("to") Instant to, Pageable page);
}
