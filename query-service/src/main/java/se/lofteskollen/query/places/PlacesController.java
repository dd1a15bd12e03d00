package se.lofteskollen.query.places;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.BadParameter;
import se.lofteskollen.query.web.QueryParameters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Places")
public class PlacesController {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProgressService progress;
    private final ReadYourWrites freshness;
    private final Clock clock;

    public PlacesController(NamedParameterJdbcTemplate jdbc, ProgressService progress, ReadYourWrites freshness,
                            Clock clock) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.freshness = freshness;
        this.clock = clock;
    }

    /** Visits to one place; lat and lon are the mean of those reported with coordinates. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceCount(String name, String area, Double lat, Double lon, int visits, LocalDate lastVisitedOn) {
    }

    public record AreaCount(String area, int visits, int places) {
    }

    public record Places(String promiseId, LocalDate from, LocalDate to, Instant knownAt, int visits,
                         List<PlaceCount> places, List<AreaCount> areas) {
    }

    @GetMapping("/api/promises/{promiseId}/places")
    @Operation(summary = "Place visits counted per place and per area, most visited first (the EST hot-spot view)",
            description = "Counts visits made between from and to (inclusive; defaults: the promise year), recorded "
                    + "by knownAt and not retracted by then. Places are told apart by name and area, ignoring case "
                    + "and extra spaces; each is shown with its most used spelling.")
    public Places places(
            @PathVariable String promiseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.PLACES, Processors.COMMITMENTS);
        PromiseView promise = progress.promise(promiseId);
        LocalDate start = from != null ? from : LocalDate.of(promise.getYear(), 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(promise.getYear(), 12, 31);
        if (start.isAfter(end)) {
            throw new BadParameter("from", "from (" + start + ") is after to (" + end + ")");
        }
        Instant known = knownAt != null ? knownAt : clock.instant();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("promiseId", promiseId)
                .addValue("from", start)
                .addValue("to", end)
                .addValue("knownAt", Timestamp.from(known));
        List<PlaceCount> places = jdbc.query("""
                SELECT mode() WITHIN GROUP (ORDER BY place_name) AS name, mode() WITHIN GROUP (ORDER BY place_area) AS area, avg(lat) AS lat, avg(lon) AS lon,
                       count(*) AS visits, max(visited_on) AS last_visited_on
                FROM place_visit
                WHERE promise_id = :promiseId AND visited_on BETWEEN :from AND :to AND recorded_at <= :knownAt
                  AND (retracted_at IS NULL OR retracted_at > :knownAt)
                GROUP BY place_key
                ORDER BY count(*) DESC, 1
                """, parameters, (row, i) -> new PlaceCount(row.getString("name"), row.getString("area"),
                (Double) row.getObject("lat"), (Double) row.getObject("lon"), row.getInt("visits"),
                row.getObject("last_visited_on", LocalDate.class)));
        Map<String, int[]> byArea = new LinkedHashMap<>();
        for (PlaceCount place : places) {
            int[] counts = byArea.computeIfAbsent(place.area() == null ? "" : place.area(), area -> new int[2]);
            counts[0] += place.visits();
            counts[1]++;
        }
        List<AreaCount> areas = byArea.entrySet().stream()
                .map(area -> new AreaCount(area.getKey().isEmpty() ? null : area.getKey(), area.getValue()[0], area.getValue()[1]))
                .sorted((a, b) -> Integer.compare(b.visits(), a.visits()))
                .toList();
        return new Places(promiseId, start, end, known, places.stream().mapToInt(PlaceCount::visits).sum(), places, areas);
    }
}
