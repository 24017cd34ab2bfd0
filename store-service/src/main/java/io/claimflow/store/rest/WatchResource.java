package io.claimflow.store.rest;

import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.WatchView;
import io.claimflow.store.service.WatchCreation;
import io.claimflow.store.service.WatchService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /watches}: saved claim filters that fire an alert on {@code claimflow.alerts.v1} (and at their webhook, if
 * they name one) for each claim stored from then on that matches them, once per claim.
 */
@Path("/watches")
public class WatchResource {

    private final WatchService watches;

    public WatchResource(WatchService watches) {
        this.watches = watches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(responseCode = "201", description = "The watch, at the URL in Location; its secret is never shown")
    @APIResponse(responseCode = "400", description = "A field is wrong; each wrong field is named")
    @Operation(
            summary = "Defines a watch: a name, any of the filters claimant, entity, narrative, q, factChecked, "
                    + "verdict and minScore of GET /claims, and optionally a webhook with a secret",
            description = "The watch fires on claims stored (or matched) after it was made, once per claim. A webhook "
                    + "receives each alert's JSON with X-Claimflow-Signature: sha256=<hex HMAC-SHA256 of the body "
                    + "with the secret>; a failed delivery is retried with exponential backoff, then dead-lettered. "
                    + "When claimflow.store.alerts.webhook-hosts is set, a webhook to a host it does not list is "
                    + "refused.")
    public Response create(WatchRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new ProblemException(Problem.of(ProblemKind.EMPTY_BODY, "The body must be a watch as JSON"));
        }
        WatchCreation created = watches.create(request.name(), request.filter(), request.webhook(), request.secret());
        if (created instanceof WatchCreation.Invalid invalid) {
            List<Problem.FieldError> errors = invalid.errors().stream()
                    .map(error -> new Problem.FieldError(error.parameter(), error.message()))
                    .toList();
            throw new ProblemException(Problem.of(ProblemKind.INVALID_FIELD, Problem.describe(errors))
                    .withErrors(errors));
        }
        WatchView watch = ((WatchCreation.Created) created).watch();
        return Response.created(
                        uri.getAbsolutePathBuilder().path(watch.watchId()).build())
                .entity(watch)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every watch, oldest first, with its webhook's lastError and lastDeliveredAt")
    public List<WatchView> list() {
        return watches.list();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponse(responseCode = "404", description = "No watch has this id")
    @Operation(summary = "One watch by its id")
    public WatchView get(@PathParam("id") String id) {
        return watches.watch(id).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Produces(Problem.MEDIA_TYPE)
    @APIResponse(responseCode = "204", description = "Deleted, with its alerts: none of them is sent from now on")
    @APIResponse(responseCode = "404", description = "No watch has this id")
    @Operation(summary = "Deletes a watch")
    public void delete(@PathParam("id") String id) {
        if (!watches.delete(id)) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.of(ProblemKind.WATCH_NOT_FOUND, "No watch has the id " + id));
    }
}
