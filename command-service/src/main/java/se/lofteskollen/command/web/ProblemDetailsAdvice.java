package se.lofteskollen.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.platform.security.LogText;
import se.lofteskollen.platform.security.SecurityEventLog;
import se.lofteskollen.platform.observability.CorrelationIdFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every refusal as RFC 9457 problem details ({@code application/problem+json}), naming the field a
 * client must change: {@code field} for the first (or only) one, {@code errors} for all of them.
 * 400 for input that is wrong on its face or against the rules, 403 for a command the user may not send
 * (or not on that commitment or report), 404 for an unknown id, 409 when the command contradicts what is
 * recorded or keeps colliding with concurrent writes. (413 for a body too large, and 400 for one that is not
 * UTF-8, come from the platform's filter before any controller.) Framework messages
 * and stack traces never reach the client: they may name internal classes.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final SecurityEventLog securityEvents;

    ProblemDetailsAdvice(SecurityEventLog securityEvents) {
        this.securityEvents = securityEvents;
    }

    /** One wrong field. {@code field} is a JSON path into the body ({@code targets[0].atLeast}), or a path variable or header. */
    public record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ProblemDetail> rejected(Rejection rejection, HttpServletRequest request) {
        HttpStatus status;
        String title;
        if (rejection instanceof InvalidCommand) {
            status = HttpStatus.BAD_REQUEST;
            title = "The request breaks a rule";
        } else if (rejection instanceof NotFound) {
            status = HttpStatus.NOT_FOUND;
            title = "Not found";
        } else {
            status = HttpStatus.CONFLICT;
            title = "The request contradicts what is recorded";
        }
        String detail = rejection.field() == null ? rejection.getMessage() : rejection.field() + ": " + rejection.getMessage();
        return problem(status, title, detail, single(rejection.field(), rejection.getMessage()), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownId(AggregateNotFoundException notFound, HttpServletRequest request) {
        String id = String.valueOf(notFound.getAggregateIdentifier());
        String field = pathVariableHolding(id, request);
        return problem(HttpStatus.NOT_FOUND, "Not found", "nothing is recorded under the id " + id,
                single(field, "no such id"), request);
    }

    /** Still colliding after every retry: rare, and the client may simply try again. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrentWrites(Exception conflict, HttpServletRequest request) {
        log.warn("Concurrent writes kept colliding: {}", conflict.getMessage());
        return problem(HttpStatus.CONFLICT, "Concurrent change",
                "other requests changed the same thing at the same moment; try again", List.of(), request);
    }

    /**
     * A command the user may not send, or not on this commitment or report (decided per command by
     * {@code access.CommandPermissions}). Logged as a security event.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied, HttpServletRequest request) {
        securityEvents.accessDenied(request, denied.getMessage());
        if (denied instanceof NotPermitted notPermitted) {
            String detail = notPermitted.field() == null ? notPermitted.getMessage()
                    : notPermitted.field() + ": " + notPermitted.getMessage();
            return problem(HttpStatus.FORBIDDEN, "Forbidden", detail,
                    single(notPermitted.field(), notPermitted.getMessage()), request);
        }
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "you may not do this", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof Rejection rejection) {
                return rejected(rejection, request);
            }
            if (cause instanceof AccessDeniedException denied) {
                return forbidden(denied, request);
            }
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), LogText.quoted(request.getRequestURI()), failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the request could not be completed; nothing was stored", List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        invalid.getBindingResult().getFieldErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        invalid.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(null, error.getDefaultMessage())));
        return invalidInput(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            String parameter = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                errors.add(new FieldProblem(field, error.getDefaultMessage()));
            }
        });
        return invalidInput(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return invalidInput(List.of(unreadableBody(unreadable)), headers, request);
    }

    private ResponseEntity<Object> invalidInput(List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        List<FieldProblem> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sorted.stream()
                .map(error -> error.field() == null ? error.message() : error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        problem.setTitle("Invalid request");
        decorate(problem, sorted, correlationId(request));
        return handleExceptionInternal(new IllegalArgumentException(problem.getDetail()), problem, headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** Names the JSON field by Jackson's path; says what is wrong in words of our own. */
    static FieldProblem unreadableBody(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getMostSpecificCause();
        JsonMappingException mapping = findCause(unreadable, JsonMappingException.class);
        if (mapping == null) {
            if (findCause(unreadable, JsonProcessingException.class) != null) {
                return new FieldProblem(null, "the body is not well-formed JSON");
            }
            return new FieldProblem(null, "a JSON body is required");
        }
        String field = jsonPath(mapping.getPath());
        String message;
        if (mapping instanceof StrictJson.BadValue bad) {
            message = bad.getOriginalMessage();
        } else if (mapping instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (mapping instanceof InvalidTypeIdException) {
            message = "names no known type";
        } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (mapping instanceof InvalidFormatException format) {
            message = "must be " + readable(format.getTargetType());
        } else if (mapping instanceof ValueInstantiationException && cause != mapping && cause.getMessage() != null) {
            // The value types of the published language refuse inconsistent values with a message of their own.
            message = "is invalid: " + cause.getMessage();
        } else if (mapping instanceof MismatchedInputException mismatched) {
            message = "must be " + readable(mismatched.getTargetType());
        } else {
            message = "is invalid";
        }
        return new FieldProblem(field, message);
    }

    private static String readable(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (java.time.LocalDate.class.equals(type)) {
            return "a date (YYYY-MM-DD)";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** A header is named as the client sends it ({@code Idempotency-Key}), not as the Java parameter. */
    private static String parameterName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        if (header != null && !header.value().isEmpty()) {
            return header.value();
        }
        return Objects.requireNonNullElse(parameter.getParameterName(), "request");
    }

    private static List<FieldProblem> single(String field, String message) {
        return List.of(new FieldProblem(field, message));
    }

    @SuppressWarnings("unchecked")
    private static String pathVariableHolding(String value, HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            return ((Map<String, String>) map).entrySet().stream()
                    .filter(entry -> entry.getValue().equals(value))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        decorate(problem, errors.stream().filter(error -> error.field() != null || error.message() != null).toList(),
                CorrelationIdFilter.of(request));
        return ResponseEntity.status(status).body(problem);
    }

    private static void decorate(ProblemDetail problem, List<FieldProblem> errors, String correlationId) {
        errors.stream().map(FieldProblem::field).filter(Objects::nonNull).findFirst()
                .ifPresent(field -> problem.setProperty("field", field));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
    }

    private static String correlationId(WebRequest request) {
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, WebRequest.SCOPE_REQUEST);
        return correlationId == null ? null : correlationId.toString();
    }
}
