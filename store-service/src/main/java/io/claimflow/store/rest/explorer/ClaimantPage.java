package io.claimflow.store.rest.explorer;

import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.ClaimSort;
import io.claimflow.store.query.NarrativeFilter;
import io.claimflow.store.query.NarrativeSort;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.service.ClaimQueryService;
import io.claimflow.store.service.NarrativeQueryService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's claimant page, {@code /explorer/claimants/{name}}: the claimant's latest claims and the narratives
 * they push (those with the claimant among their top claimants), each list leading on to its full view.
 */
@Path("/explorer/claimants")
public class ClaimantPage {

    /** Claims and narratives the page shows of each; the links lead to all of them. */
    private static final int SHOWN = 20;

    private final ClaimQueryService claims;
    private final NarrativeQueryService narratives;
    private final Template page;

    public ClaimantPage(
            ClaimQueryService claims,
            NarrativeQueryService narratives,
            @Location("explorer/claimant.html") Template page) {
        this.claims = claims;
        this.narratives = narratives;
        this.page = page;
    }

    @GET
    @Path("/{name}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            hidden = true,
            summary = "The explorer's claimant page (HTML): the claimant's claims and the narratives they push")
    public String claimant(@PathParam("name") String name) {
        ClaimFilter filter =
                new ClaimFilter(null, null, name, null, null, null, null, null, null, null, null, null, null);
        ClaimQueryService.Page found = claims.page(filter, ClaimSort.NEWEST, null, SHOWN);
        String claimsHref = ExplorerPaths.claims(QueryParameters.CLAIMANT, name);
        NarrativeQueryService.Page pushed = narratives.page(
                new NarrativeFilter(null, null, null, name, null, null), NarrativeSort.RECENT, null, SHOWN);
        ClaimantView shown = new ClaimantView(
                name,
                found.claims().stream().map(ClaimView::of).toList(),
                found.next() == null
                        ? null
                        : claimsHref + "&" + QueryParameters.CURSOR + "=" + PageCursor.encode(found.next()),
                claimsHref,
                pushed.narratives().stream().map(NarrativePages::row).toList(),
                ExplorerPaths.narratives() + "?" + QueryParameters.CLAIMANT + "=" + ViewLinks.encode(name));
        return page.data("page", shown).render();
    }
}
