package io.claimflow.store.rest.explorer;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.store.mapping.StoredClaim;
import io.claimflow.store.query.QueryParameters;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;

/**
 * A claim as the explorer shows it: every field as text, with the links to the views it belongs to.
 *
 * @param claimId the claim
 * @param documentId its document
 * @param ordinal its place among the document's claims, which names its highlight on the document page
 * @param text the claim sentence
 * @param claimant who asserted it, or "unnamed" (the author, an anonymous source)
 * @param claimantRole the titles and roles written with the claimant's name ("Labour MP"), or null
 * @param claimantType the kind of claimant
 * @param claimantHref the claimant's page, null for an unnamed claimant
 * @param cue the reporting expression, or null
 * @param score the check-worthiness with two decimals
 * @param shade the CSS class of its check-worthiness, {@code s0} to {@code s9}
 * @param language its language
 * @param entities the entities it names, each linking to the claims that name it
 * @param quantities the numbers it gives, as written
 * @param dates the dates it gives, as written and as ISO values
 * @param narrativeId its narrative, null until matched
 * @param narrativeHref its narrative's page, null until matched
 * @param factChecks the published fact-checks of it
 * @param citations the URLs it cites
 * @param documentHref its document's page, at this claim
 */
@TemplateData
public record ClaimView(
        String claimId,
        String documentId,
        int ordinal,
        String text,
        String claimant,
        String claimantRole,
        String claimantType,
        String claimantHref,
        String cue,
        String score,
        String shade,
        String language,
        List<Labelled> entities,
        List<String> quantities,
        List<String> dates,
        String narrativeId,
        String narrativeHref,
        List<FactCheckView> factChecks,
        List<SafeLink> citations,
        String documentHref) {

    /** A value with the link that shows the claims that have it. */
    @TemplateData
    public record Labelled(String label, String href) {}

    /** A fact-check of the claim: its verdict, who published it, where, and how well it matches. */
    @TemplateData
    public record FactCheckView(String verdict, String publisher, SafeLink url, String score) {}

    static ClaimView of(StoredClaim stored) {
        ClaimExtracted claim = stored.claim();
        ClaimExtracted.Claimant claimant = claim.claimant();
        String type = claimant.type().wireName();
        return new ClaimView(
                claim.claimId(),
                claim.documentId(),
                claim.ordinal(),
                claim.text(),
                claimant.name() == null ? "unnamed" : claimant.name(),
                claimant.role(),
                type,
                claimant.name() == null ? null : ExplorerPaths.claimant(claimant.name()),
                claim.cue(),
                score(claim.checkworthiness()),
                shade(claim.checkworthiness()),
                claim.language(),
                claim.entities().stream()
                        .map(ClaimExtracted.Entity::normalized)
                        .distinct()
                        .map(entity -> new Labelled(entity, ExplorerPaths.claims(QueryParameters.ENTITY, entity)))
                        .toList(),
                claim.quantities().stream().map(ClaimExtracted.Quantity::text).toList(),
                claim.dates().stream()
                        .map(date -> date.text().equals(date.value())
                                ? date.text()
                                : date.text() + " (" + date.value() + ")")
                        .toList(),
                stored.narrativeId(),
                stored.narrativeId() == null ? null : ExplorerPaths.narrative(stored.narrativeId()),
                stored.factChecks().stream().map(ClaimView::factCheck).toList(),
                claim.citations().stream().map(SafeLink::of).toList(),
                ExplorerPaths.document(claim.documentId()) + "#claim-" + claim.ordinal());
    }

    /** The check-worthiness with two decimals, the same in every locale. */
    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** One of ten shades, by tenths of the check-worthiness. */
    static String shade(double score) {
        return "s" + Math.min(9, (int) Math.floor(score * 10));
    }

    private static FactCheckView factCheck(ClaimMatched.FactCheckMatch match) {
        return new FactCheckView(
                match.verdict() == null ? "unrated" : match.verdict(),
                match.publisher(),
                SafeLink.of(match.url()),
                score(match.score()));
    }
}
