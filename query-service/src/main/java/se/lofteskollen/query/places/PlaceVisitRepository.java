package se.lofteskollen.query.places;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlaceVisitRepository extends JpaRepository<PlaceVisit, String> {
}
