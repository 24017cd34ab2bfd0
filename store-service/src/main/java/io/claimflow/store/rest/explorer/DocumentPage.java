package io.claimflow.store.rest.explorer;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.store.mapping.DocumentView;
import io.claimflow.store.mapping.NarrativeClaim;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.QueryParameters;
import io.claimflow.store.service.ClaimQueryService;
import io.claimflow.store.service.NarrativeLookup;
import io.claimflow.store.service.NarrativeQueryService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The explorer's document page, {@code /explorer/documents/{id}}: the document of {@code GET /documents/{id}} with its
 * claims marked in its text, and for each claim the claims of other documents its narrative links it to.
 */
@Path("/explorer/documents")
public class DocumentPage {

    private final ClaimQueryService claims;
    private final NarrativeQueryService narratives;
    private final Template page;

    public DocumentPage(
            ClaimQueryService claims,
            NarrativeQueryService narratives,
            @Location("explorer/document.html") Template page) {
        this.claims = claims;
        this.narratives = narratives;
        this.page = page;
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @Operation(
            hidden = true,
            summary = "The explorer's document page (HTML): the text with its claims marked, and their links")
    public String document(@PathParam("id") String id) {
        DocumentView document = claims.document(id)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(ProblemKind.DOCUMENT_NOT_FOUND, "No document has the id " + id)))
                .view();
        Map<String, NarrativeClaim> matched = matches(document.claims());
        List<DocumentPageView.ClaimDetail> details = new ArrayList<>();
        Set<String> citations = new LinkedHashSet<>();
        for (StoredClaim claim : document.claims()) {
            NarrativeClaim match = matched.get(claim.claim().claimId());
            details.add(new DocumentPageView.ClaimDetail(
                    ClaimView.of(claim),
                    match == null ? List.of() : related(match.links(), id),
                    match == null ? List.of() : related(match.suggestions(), id)));
            citations.addAll(claim.claim().citations());
        }
        DocumentPageView shown = new DocumentPageView(
                document.documentId(),
                document.title() == null || document.title().isBlank() ? document.documentId() : document.title(),
                document.status(),
                document.language(),
                SafeLink.of(document.url()),
                document.source(),
                instant(document.publishedAt()),
                instant(document.receivedAt()),
                document.error(),
                document.claimCount(),
                document.storedClaims(),
                document.text() != null,
                ExplorerPaths.claims(QueryParameters.DOCUMENT_ID, document.documentId()),
                "/documents/" + ViewLinks.encode(document.documentId()),
                DocumentText.segments(document.text(), document.claims()),
                details,
                citations.stream().map(SafeLink::of).toList());
        return page.data("page", shown).render();
    }

    /** Each matched claim of the document with its links and suggestions, read once per narrative. */
    private Map<String, NarrativeClaim> matches(List<StoredClaim> documentClaims) {
        Map<String, NarrativeClaim> matched = new HashMap<>();
        documentClaims.stream()
                .map(StoredClaim::narrativeId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(narrativeId -> {
                    if (narratives.lookup(narrativeId) instanceof NarrativeLookup.Found found) {
                        found.details()
                                .claims()
                                .forEach(claim ->
                                        matched.put(claim.claim().claim().claimId(), claim));
                    }
                });
        return matched;
    }

    /** The matched claims as the pages show them, but those of the document given (null: none left out). */
    static List<DocumentPageView.Related> related(List<ClaimMatched.Match> matches, String documentId) {
        return matches.stream()
                .filter(match -> !match.documentId().equals(documentId))
                .map(match -> new DocumentPageView.Related(
                        ExplorerPaths.document(match.documentId()),
                        match.documentId(),
                        ClaimView.score(match.score()),
                        evidence(match.evidence())))
                .toList();
    }

    /** What two matched claims share, in words. */
    static String evidence(ClaimMatched.Evidence evidence) {
        List<String> parts = new ArrayList<>();
        if (evidence.sameText()) {
            parts.add("same text");
        }
        add(parts, "entities", evidence.entities());
        add(parts, "quantities", evidence.quantities());
        add(parts, "dates", evidence.dates());
        add(parts, "cited URLs", evidence.urls());
        add(parts, "cited sites", evidence.domains());
        add(parts, "words", evidence.terms());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + ": " + String.join(", ", values));
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
