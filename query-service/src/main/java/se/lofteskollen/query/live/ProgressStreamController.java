package se.lofteskollen.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.lofteskollen.query.access.OpenForSignedPromises;

import java.net.URI;

@RestController
@Tag(name = "Progress")
public class ProgressStreamController {

    /** Asks a proxy in front (nginx and the like) not to hold the events back in its buffer. */
    static final String NO_PROXY_BUFFERING = "X-Accel-Buffering";

    private final LiveProgress live;

    ProgressStreamController(LiveProgress live) {
        this.live = live;
    }

    /** Too many streams are open on this instance. */
    static class Full extends RuntimeException {
        Full() {
            super("as many live streams are open as this instance allows; the page works without one");
        }
    }

    @OpenForSignedPromises(andForReadersOfUnsigned = true)
    @GetMapping(path = "/api/promises/{promiseId}/progress/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: one whenever the promise's progress changes",
            description = "Each event (`event: progress`) carries only the promise's change number, as `id` and `data`: "
                    + "a number that grows whenever anything the promise's figures are read from changes, and tells "
                    + "nothing else. The number as it stands is sent first; on each later one, fetch what you show "
                    + "again. A comment every 20 s (by default) keeps proxies from closing the stream; the stream ends "
                    + "after 15 min (by default; a browser's EventSource opens it again). Open to anyone for a signed promise; an unsigned "
                    + "promise's stream is for its readers (403 to others), who may also read it with the session of "
                    + "the dashboard. 503 with Retry-After when this instance has as many streams open as it allows.")
    public ResponseEntity<SseEmitter> stream(@PathVariable String promiseId) {
        SseEmitter stream = live.open(promiseId).orElseThrow(Full::new);
        return ResponseEntity.ok().header(NO_PROXY_BUFFERING, "no").body(stream);
    }

    @ExceptionHandler(Full.class)
    ResponseEntity<ProblemDetail> full(Full e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Too many live streams");
        problem.setType(URI.create("urn:lofteskollen:problem:too-many-streams"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }
}
