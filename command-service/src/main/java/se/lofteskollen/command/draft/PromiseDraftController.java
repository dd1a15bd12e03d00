package se.lofteskollen.command.draft;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.web.ProblemDetailsAdvice.FieldProblem;
import se.lofteskollen.platform.observability.CorrelationIdFilter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/promise-drafts")
@Tag(name = "Promise drafts", description = "A promise read from its published text, for a coordinator to check and send")
public class PromiseDraftController {

    static final int MAX_BYTES = PublishedText.MAX_BYTES;
    static final String FIELD = PublishedText.FIELD;

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft a promise from its published text",
            description = "Takes the text of a published promise (text/plain, UTF-8 unless the charset says otherwise, "
                    + "at most 200 kB) and answers a draft: the promise (title, year, police area, municipality, "
                    + "parties, priority areas) and every numbered commitment with its area, responsible parties and "
                    + "the targets its words set, shaped as the bodies of POST /api/promises and "
                    + "POST /api/promises/{id}/commitments. Each finding names the words it was read from; notes say "
                    + "what a coordinator must decide (a monthly rhythm, an unknown party, a missing police region). "
                    + "Nothing is stored, and the text goes nowhere else.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string",
                            example = "6.2 Polisen ska ha hög synlighet genom minst hundra platsbesök på ett år."))))
    public PromiseDraft draft(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                              @RequestBody(required = false) byte[] body) {
        Charset charset = plainText(contentType);
        if (body != null && body.length > MAX_BYTES) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                    "may have at most " + MAX_BYTES + " bytes");
        }
        return PublishedText.draft(PublishedText.decoded(body == null ? new byte[0] : body, charset));
    }

    private static Charset plainText(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unparsable) {
            type = null;
        }
        if (type == null || !MediaType.TEXT_PLAIN.includes(type)) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "must be sent as text/plain");
        }
        try {
            return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (RuntimeException unknownCharset) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "names a charset this service does not know; send UTF-8");
        }
    }

    /** Refusals the platform's problem details have no rule for (413 and 415), named by field all the same. */
    static final class Refused extends RuntimeException {

        private final HttpStatus status;
        private final String title;

        Refused(HttpStatus status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status, FIELD + ": " + refused.getMessage());
        problem.setTitle(refused.title);
        problem.setProperty("field", FIELD);
        problem.setProperty("errors", List.of(new FieldProblem(FIELD, refused.getMessage())));
        String correlationId = CorrelationIdFilter.of(request);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return ResponseEntity.status(refused.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
