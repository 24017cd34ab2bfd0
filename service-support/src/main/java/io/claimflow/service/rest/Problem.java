package io.claimflow.service.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail: the body of every error answer of every Claimflow service.
 *
 * @param type a URN naming the kind of problem, stable for clients to branch on
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request, in words a client developer can act on
 * @param errors the individual fields that were wrong, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(Response.Status status, String kind, String detail) {
        return new Problem("urn:claimflow:problem:" + kind, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(int status, String kind, String detail) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        return new Problem("urn:claimflow:problem:" + kind, title, status, detail, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors);
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
