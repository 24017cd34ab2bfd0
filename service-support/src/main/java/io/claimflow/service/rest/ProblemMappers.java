package io.claimflow.service.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into an {@code application/problem+json} answer: bad input gets a 4xx that names the
 * problem, and nothing ever answers with a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = e.problem().toResponseBuilder();
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(e.retryAfter()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return invalidBody(e).toResponse();
    }

    /** Quarkus ships its own mapper for this subtype; this one must win, so it is named explicitly. */
    @ServerExceptionMapper
    public Response invalidValue(MismatchedInputException e) {
        return invalidBody(e).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        return fieldProblem(e).toResponse();
    }

    private static Problem fieldProblem(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(ProblemKind.INVALID_FIELD, Problem.describe(errors)).withErrors(errors);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return invalidBody(json).toResponse();
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && cause instanceof IllegalArgumentException conversion) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted; the client sent a bad value.
            return Problem.of(
                            ProblemKind.INVALID_PARAMETER,
                            "A parameter has an invalid value: " + conversion.getMessage())
                    .toResponse();
        }
        if (status >= 500) {
            return internalError(e);
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? statusType.getReasonPhrase()
                : e.getMessage();
        Response.ResponseBuilder response =
                Problem.of(ProblemKind.ofStatus(status), status, detail).toResponseBuilder();
        // Keep the headers the framework set, such as WWW-Authenticate.
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()
                && e.getResponse().getHeaderString(HttpHeaders.ALLOW) == null) {
            response.header(HttpHeaders.ALLOW, allowedMethods.of(uri.getPath()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        return internalError(e);
    }

    private static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return Problem.of(ProblemKind.INTERNAL, "The server failed to handle the request; report incident " + incident)
                .toResponse();
    }

    /** The problem a failure to read or validate one document stands for, for answers that hold many. */
    public static Problem describe(RuntimeException failure) {
        if (failure instanceof ProblemException problem) {
            return problem.problem();
        }
        if (failure instanceof ConstraintViolationException violations) {
            return fieldProblem(violations);
        }
        if (failure.getCause() instanceof JsonProcessingException json) {
            return invalidBody(json);
        }
        return Problem.of(ProblemKind.INVALID_DOCUMENT, String.valueOf(failure.getMessage()));
    }

    /** As {@link #describe(RuntimeException)}, for Jackson's checked failures. */
    public static Problem describe(JsonProcessingException failure) {
        return invalidBody(failure);
    }

    private static Problem invalidBody(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return Problem.of(ProblemKind.INVALID_JSON, "The body is not valid JSON: " + firstLine(e));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(ProblemKind.UNKNOWN_FIELD, "Unknown field '" + unknown.getPropertyName() + "'")
                    .withErrors(List.of(new Problem.FieldError(unknown.getPropertyName(), "is not a known field")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return Problem.of(ProblemKind.INVALID_FIELD, "Field '" + field + "' has an invalid value")
                    .withErrors(List.of(new Problem.FieldError(field, firstLine(e))));
        }
        return Problem.of(ProblemKind.INVALID_JSON, "The body cannot be read: " + firstLine(e));
    }

    /** Jackson's message without the location trailer and without echoing source content. */
    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "malformed";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The violated property, without the method and parameter names the validator puts in front. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
