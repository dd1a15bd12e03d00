package se.lofteskollen.query.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Every error of the query API as application/problem+json (RFC 9457), naming the parameter that was wrong
 * in {@code field}.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(NotAReader.class)
    ProblemDetail notAReader(NotAReader e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter e) {
        return badRequest(e.field(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : switch (e.getRequiredType().getSimpleName()) {
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "Instant" -> "an ISO-8601 instant such as 2025-06-30T23:59:59Z";
            case "Long", "long", "Integer", "int" -> "a whole number";
            default -> "a valid " + e.getRequiredType().getSimpleName();
        };
        return badRequest(e.getName(), e.getName() + " must be " + expected + ", not '" + e.getValue() + "'");
    }

    @ExceptionHandler(ProjectionBehind.class)
    ResponseEntity<ProblemDetail> projectionBehind(ProjectionBehind e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Read model not yet at the requested position");
        problem.setType(URI.create("urn:lofteskollen:problem:projection-behind"));
        problem.setProperty("field", "minPosition");
        problem.setProperty("minPosition", e.minPosition());
        problem.setProperty("waitedMillis", e.waited().toMillis());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest()
                .body(badRequest(e.getParameterName(), "the parameter " + e.getParameterName() + " is required"));
    }

    private static ProblemDetail badRequest(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad parameter");
        problem.setProperty("field", field);
        return problem;
    }
}
