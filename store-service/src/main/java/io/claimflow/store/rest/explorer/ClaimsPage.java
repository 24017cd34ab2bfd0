package io.claimflow.store.rest.explorer;

import io.claimflow.store.mapping.Facet;
import io.claimflow.store.query.ClaimFacet;
import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.ClaimQuery;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.QueryKind;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.rest.QueryParameterReader;
import io.claimflow.store.service.ClaimQueryService;
import io.claimflow.store.service.NarrativeQueryService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's claims page, {@code /explorer/}: the claims of {@code GET /claims} with the same parameters, its
 * facets with counts, searched, sorted and paged through the same query services, so the page and the API agree.
 */
@Path("/explorer")
public class ClaimsPage {

    /** How many values each facet shows: the most frequent ones, enough to narrow a view a step at a time. */
    private static final int FACET_VALUES = 10;

    /** The parameters that make a view of the claims page, in the order its links carry them. */
    static final List<String> VIEW = List.of(
            QueryParameters.Q,
            QueryParameters.CLAIMANT,
            QueryParameters.ENTITY,
            QueryParameters.LANGUAGE,
            QueryParameters.CLAIMANT_TYPE,
            QueryParameters.SOURCE,
            QueryParameters.NARRATIVE,
            QueryParameters.FACT_CHECKED,
            QueryParameters.VERDICT,
            QueryParameters.MIN_SCORE,
            QueryParameters.DOCUMENT_ID,
            QueryParameters.FROM,
            QueryParameters.TO,
            QueryParameters.SORT,
            QueryParameters.LIMIT,
            QueryParameters.CURSOR);

    private final ClaimQueryService claims;
    private final NarrativeQueryService narratives;
    private final QueryParameterReader parameters;
    private final Template page;

    public ClaimsPage(
            ClaimQueryService claims,
            NarrativeQueryService narratives,
            QueryParameterReader parameters,
            @Location("explorer/claims.html") Template page) {
        this.claims = claims;
        this.narratives = narratives;
        this.parameters = parameters;
        this.page = page;
    }

    @GET
    @Path("/")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true, summary = "The explorer's claims page (HTML): search, facets and pages of the claims")
    public String claims(@Context UriInfo uri) {
        ClaimQuery query = parameters.read(QueryKind.PAGE, uri, null);
        ClaimFilter filter = query.filter();
        ViewLinks view = ViewLinks.of(ExplorerPaths.ROOT, uri.getQueryParameters(), VIEW);
        ClaimQueryService.Page found = claims.page(filter, query.sort(), query.after(), query.limit());
        String next = found.next() == null ? null : view.at(PageCursor.encode(found.next()));
        List<ClaimsView.Field> hidden = new ArrayList<>();
        view.except(QueryParameters.Q).entrySet().stream()
                .filter(entry -> !entry.getKey().equals(QueryParameters.SORT))
                .forEach(entry -> hidden.add(new ClaimsView.Field(entry.getKey(), entry.getValue())));
        boolean filtered = VIEW.stream()
                .filter(QueryParameters.FILTERS::contains)
                .anyMatch(parameter -> view.value(parameter) != null);
        ClaimsView shown = new ClaimsView(
                view.value(QueryParameters.Q),
                query.sort().wireName(),
                hidden,
                facets(filter, view),
                found.claims().stream().map(ClaimView::of).toList(),
                next,
                query.after() == null ? null : view.first(),
                filtered,
                ExplorerPaths.ROOT,
                ViewLinks.of("/claims/stream", uri.getQueryParameters(), QueryParameters.FILTERS)
                        .first());
        return page.data("page", shown).render();
    }

    private List<FacetView> facets(ClaimFilter filter, ViewLinks view) {
        ClaimQueryService.PageFacets counted = claims.pageFacets(filter, FACET_VALUES);
        List<FacetView> facets = new ArrayList<>();
        facets.add(facet(
                "Claimant",
                QueryParameters.CLAIMANT,
                view,
                counted.claimants().stream()
                        .filter(value -> value.value() != null)
                        .toList(),
                Function.identity()));
        facets.add(facet("Entity", QueryParameters.ENTITY, view, counted.entities(), Function.identity()));
        Map<ClaimFacet, List<Facet>> others = counted.others();
        facets.add(facet(ClaimFacet.LANGUAGE, "Language", others, view, Function.identity()));
        facets.add(facet(ClaimFacet.CLAIMANT_TYPE, "Claimant type", others, view, Function.identity()));
        facets.add(facet(ClaimFacet.SOURCE, "Source", others, view, Function.identity()));
        facets.add(facet(ClaimFacet.NARRATIVE, "Narrative", others, view, this::narrativeLabel));
        facets.add(facet(ClaimFacet.FACT_CHECKED, "Fact-checked", others, view, ClaimsPage::factCheckedLabel));
        return facets;
    }

    private static FacetView facet(
            ClaimFacet facet,
            String title,
            Map<ClaimFacet, List<Facet>> counted,
            ViewLinks view,
            Function<String, String> label) {
        return facet(title, facet.parameter(), view, counted.get(facet), label);
    }

    private static FacetView facet(
            String title, String parameter, ViewLinks view, List<Facet> values, Function<String, String> label) {
        String selected = view.value(parameter);
        return new FacetView(
                parameter,
                title,
                selected == null ? null : label.apply(selected),
                selected == null ? null : view.without(parameter),
                values.stream()
                        .map(value -> new FacetView.Value(
                                label.apply(value.value()), value.claims(), view.with(parameter, value.value())))
                        .toList());
    }

    /** A narrative by the claim that labels it, which says what it is about better than its id. */
    private String narrativeLabel(String narrativeId) {
        return narratives
                .summary(narrativeId)
                .map(narrative -> narrative.label().text())
                .orElse(narrativeId);
    }

    private static String factCheckedLabel(String value) {
        return Map.of("true", "fact-checked", "false", "not fact-checked").getOrDefault(value, value);
    }
}
