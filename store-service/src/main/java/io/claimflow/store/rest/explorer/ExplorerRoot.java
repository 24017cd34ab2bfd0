package io.claimflow.store.rest.explorer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /}: a person who opens the store's address in a browser lands on the explorer. */
@Path("/")
public class ExplorerRoot {

    @GET
    @Operation(hidden = true, summary = "Redirects to the web explorer, /explorer/")
    public Response root() {
        return Response.seeOther(URI.create(ExplorerPaths.ROOT)).build();
    }
}
