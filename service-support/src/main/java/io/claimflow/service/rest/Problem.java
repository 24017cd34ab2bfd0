package io.claimflow.service.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An RFC 9457 problem detail: the body of every error answer of every Claimflow service.
 *
 * @param kind the kind of problem; its URN is the body's {@code type}, stable for clients to branch on
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request, in words a client developer can act on
 * @param errors the individual fields that were wrong, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(@JsonIgnore ProblemKind kind, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of the given kind, with the kind's status. */
    public static Problem of(ProblemKind kind, String detail) {
        return of(kind, kind.status(), detail);
    }

    /** A problem of the given kind answered with another status: the framework's own 4xx answers. */
    public static Problem of(ProblemKind kind, int status, String detail) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return new Problem(kind, title, status, detail, null);
    }

    /** The URN naming the kind of problem. */
    @JsonProperty("type")
    public String type() {
        return kind.urn();
    }

    /** The detail that lists field errors: each field and what is wrong with it, in order. */
    public static String describe(List<FieldError> fieldErrors) {
        return fieldErrors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(kind, title, status, detail, fieldErrors);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    /** One invalid field: where it is in the request and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
