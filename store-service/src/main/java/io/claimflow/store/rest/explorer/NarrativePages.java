package io.claimflow.store.rest.explorer;

import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.NarrativeClaim;
import io.claimflow.store.mapping.NarrativeDetails;
import io.claimflow.store.query.NarrativeQuery;
import io.claimflow.store.query.NarrativeSort;
import io.claimflow.store.query.PageCursor;
import io.claimflow.store.query.QueryKind;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.rest.QueryParameterReader;
import io.claimflow.store.service.NarrativeLookup;
import io.claimflow.store.service.NarrativeQueryService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's narrative pages: {@code /explorer/narratives}, the narratives of {@code GET /narratives} with the same
 * parameters, and {@code /explorer/narratives/{id}}, one narrative with its timeline drawn, its sources, languages and
 * claims grouped by document.
 */
@Path("/explorer/narratives")
public class NarrativePages {

    private static final List<String> VIEW = List.of(
            QueryParameters.LANGUAGE,
            QueryParameters.SOURCE,
            QueryParameters.ENTITY,
            QueryParameters.CLAIMANT,
            QueryParameters.FROM,
            QueryParameters.TO,
            QueryParameters.SORT,
            QueryParameters.LIMIT,
            QueryParameters.CURSOR);

    private final NarrativeQueryService narratives;
    private final QueryParameterReader parameters;
    private final Template listing;
    private final Template narrative;

    public NarrativePages(
            NarrativeQueryService narratives,
            QueryParameterReader parameters,
            @Location("explorer/narratives.html") Template listing,
            @Location("explorer/narrative.html") Template narrative) {
        this.narratives = narratives;
        this.parameters = parameters;
        this.listing = listing;
        this.narrative = narrative;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @Operation(hidden = true, summary = "The explorer's narratives page (HTML): narratives by recency, size or spread")
    public String list(@Context UriInfo uri) {
        NarrativeQuery query = parameters.readNarratives(QueryKind.NARRATIVE_PAGE, uri, null);
        ViewLinks view = ViewLinks.of(ExplorerPaths.narratives(), uri.getQueryParameters(), VIEW);
        NarrativeQueryService.Page page = narratives.page(query.filter(), query.sort(), query.after(), query.limit());
        List<ClaimView.Labelled> sorts = Arrays.stream(NarrativeSort.values())
                .map(sort -> new ClaimView.Labelled(sort.wireName(), view.with(QueryParameters.SORT, sort.wireName())))
                .toList();
        NarrativeListing shown = new NarrativeListing(
                query.sort().wireName(),
                sorts,
                page.narratives().stream().map(NarrativePages::row).toList(),
                page.next() == null ? null : view.at(PageCursor.encode(page.next())),
                query.after() == null ? null : view.first());
        return listing.data("page", shown).render();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @Operation(
            hidden = true,
            summary = "The explorer's page of one narrative (HTML): timeline, sources, languages, claims")
    public Response narrative(@PathParam("id") String id) {
        NarrativeLookup lookup = narratives.lookup(id);
        if (lookup instanceof NarrativeLookup.Merged merged) {
            return Response.seeOther(URI.create(ExplorerPaths.narrative(merged.survivor())))
                    .build();
        }
        if (!(lookup instanceof NarrativeLookup.Found found)) {
            throw new ProblemException(Problem.of(ProblemKind.NARRATIVE_NOT_FOUND, "No narrative has the id " + id));
        }
        return Response.ok(narrative.data("page", view(found.details())).render(), MediaType.TEXT_HTML_TYPE)
                .build();
    }

    static NarrativeViews.Row row(NarrativeUpdated narrative) {
        return new NarrativeViews.Row(
                narrative.label().text(),
                ExplorerPaths.narrative(narrative.narrativeId()),
                narrative.claims(),
                narrative.documents(),
                String.join(", ", narrative.languages()),
                narrative.sources().stream()
                        .limit(3)
                        .map(NarrativeUpdated.Tally::value)
                        .collect(Collectors.joining(", ")),
                String.valueOf(narrative.firstSeen()),
                String.valueOf(narrative.lastSeen()));
    }

    private static NarrativePageView view(NarrativeDetails details) {
        NarrativeUpdated summary = details.narrative();
        Map<String, NarrativeViews.DocumentRef> documents = new LinkedHashMap<>();
        details.documents().forEach(document -> documents.put(document.documentId(), reference(document)));
        Map<String, List<DocumentPageView.ClaimDetail>> byDocument = new LinkedHashMap<>();
        for (NarrativeClaim claim : details.claims()) {
            String documentId = claim.claim().claim().documentId();
            byDocument
                    .computeIfAbsent(documentId, ignored -> new ArrayList<>())
                    .add(new DocumentPageView.ClaimDetail(
                            ClaimView.of(claim.claim()),
                            DocumentPage.related(claim.links(), documentId),
                            DocumentPage.related(claim.suggestions(), documentId)));
        }
        List<NarrativeViews.Group> groups = byDocument.entrySet().stream()
                .map(entry -> new NarrativeViews.Group(
                        documents.getOrDefault(
                                entry.getKey(),
                                new NarrativeViews.DocumentRef(
                                        ExplorerPaths.document(entry.getKey()), entry.getKey(), null, null, 0)),
                        entry.getValue()))
                .toList();
        String id = summary.narrativeId();
        return new NarrativePageView(
                id,
                summary.label().text(),
                summary.claims(),
                summary.documents(),
                summary.languages().stream()
                        .map(language -> new ClaimView.Labelled(
                                language,
                                ExplorerPaths.claims(QueryParameters.NARRATIVE, id) + "&" + QueryParameters.LANGUAGE
                                        + "=" + ViewLinks.encode(language)))
                        .toList(),
                summary.sources().stream()
                        .map(source -> source.value() + " (" + source.claims() + ")")
                        .toList(),
                String.valueOf(summary.firstSeen()),
                String.valueOf(summary.lastSeen()),
                ExplorerPaths.claims(QueryParameters.NARRATIVE, id),
                TimelineChart.of(details.timeline()),
                List.copyOf(documents.values()),
                groups);
    }

    private static NarrativeViews.DocumentRef reference(NarrativeDetails.NarrativeDocument document) {
        String title = document.title() != null && !document.title().isBlank()
                ? document.title()
                : document.url() != null ? document.url() : document.documentId();
        return new NarrativeViews.DocumentRef(
                ExplorerPaths.document(document.documentId()),
                title,
                document.source(),
                document.language(),
                document.claims());
    }
}
