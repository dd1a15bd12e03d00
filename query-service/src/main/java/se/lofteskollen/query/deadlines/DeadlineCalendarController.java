package se.lofteskollen.query.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.query.access.OpenForSignedPromises;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "Deadlines", description = "A signed promise's deadlines for staff calendars")
public class DeadlineCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final DeadlineCalendar calendar;

    DeadlineCalendarController(DeadlineCalendar calendar) {
        this.calendar = calendar;
    }

    @OpenForSignedPromises
    @GetMapping("/api/promises/{promiseId}/deadlines.ics")
    @Operation(summary = "The promise's deadlines and milestones as an iCalendar feed",
            description = "One all-day event per milestone of a commitment in force, on its due day; reached ones are "
                    + "marked \"Klart <date>\" (\"Done <date>\" in English, with Accept-Language: en or ?lang=en). Open to anyone for a signed promise (calendar programs cannot sign "
                    + "in, and the deadlines are public); 404 for an unsigned one.")
    public ResponseEntity<String> deadlines(@PathVariable String promiseId) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(calendar.of(promiseId));
    }
}
