package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.claimflow.contracts.identity.StableIds;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the matcher found for one claim, value of {@code claimflow.claim-matches.v1}: the narrative the claim belongs
 * to, the earlier claims linked to it (they say the same thing) and the ones only suggested (they may), each with its
 * score and the evidence for it, so that an analyst can see why and confirm or reject it.
 *
 * @param claimId the claim matched
 * @param documentId the claim's document
 * @param narrativeId the claim's narrative: the id of its earliest claim, the claim's own id when nothing links it
 * @param links earlier claims it was linked to, best first: each scores at or above the link threshold, or belongs to a
 *     narrative whose claims together cover this one (then the score is that coverage); they joined its narrative
 * @param suggestions earlier claims scoring between the suggestion and the link threshold, best first; they did not
 * @param factChecks published fact-checks of the same claim, best first (added to v1: absent in older records, read as
 *     none); a fact-check imported after the claim brings a new record for it
 * @param matcher what matched the claim
 * @param matchedAt when it was matched
 */
public record ClaimMatched(
        String claimId,
        String documentId,
        String narrativeId,
        List<Match> links,
        List<Match> suggestions,
        List<FactCheckMatch> factChecks,
        Matcher matcher,
        Instant matchedAt)
        implements ClaimflowEvent {

    public ClaimMatched {
        Required.text(claimId, "claimId");
        Required.text(documentId, "documentId");
        Required.text(narrativeId, "narrativeId");
        links = links == null ? List.of() : List.copyOf(links);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        factChecks = factChecks == null ? List.of() : List.copyOf(factChecks);
        Objects.requireNonNull(matcher, "matcher is required");
        Objects.requireNonNull(matchedAt, "matchedAt is required");
    }

    @Override
    @JsonIgnore
    public String key() {
        // One record per claim and matcher version; a later one (a fact-check matched afterwards) supersedes it.
        return claimId;
    }

    /**
     * A claim is matched once per matcher version, so that is the event's identity; a record that adds fact-checks
     * found later is another event, named by which fact-checks and verdicts it carries.
     */
    @Override
    @JsonIgnore
    public String eventId() {
        String matched = claimId + "/" + matcher.name() + "/" + matcher.version();
        if (factChecks.isEmpty()) {
            return matched;
        }
        return matched + "/"
                + StableIds.factCheckMatches(factChecks.stream()
                        .map(factCheck -> factCheck.id() + "=" + factCheck.verdict())
                        .toList());
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return matchedAt;
    }

    /** An earlier claim that says, or may say, the same thing. */
    public record Match(String claimId, String documentId, double score, Evidence evidence) {
        public Match {
            Required.text(claimId, "match.claimId");
            Required.text(documentId, "match.documentId");
            Required.unitInterval(score, "match.score");
            Objects.requireNonNull(evidence, "match.evidence is required");
        }
    }

    /**
     * A published fact-check that checked the same claim.
     *
     * @param id the fact-check's id ({@code claimflow.factchecks.v1} key)
     * @param url the fact-check's page, or null when only an id is known
     * @param verdict the fact-checker's rating, as worded by them, or null
     * @param publisher who published the fact-check, or null
     * @param score how surely it checked the same claim, 0..1
     * @param evidence what the claim and the fact-check share
     */
    public record FactCheckMatch(
            String id, String url, String verdict, String publisher, double score, Evidence evidence) {
        public FactCheckMatch {
            Required.text(id, "factCheck.id");
            Required.unitInterval(score, "factCheck.score");
            Objects.requireNonNull(evidence, "factCheck.evidence is required");
        }
    }

    /**
     * Why two claims matched: what they share, each in its normalised form.
     *
     * @param sameText whether the two claims have the same normalised text (the same article under another URL)
     * @param entities normalised entities both name
     * @param quantities quantities both give, as value and unit ("4000", "40 percent")
     * @param dates ISO 8601 dates both give
     * @param urls URLs both cite
     * @param domains domains of the URLs both cite, where the URLs differ
     * @param terms words both use, or their glossary forms across languages
     */
    public record Evidence(
            boolean sameText,
            List<String> entities,
            List<String> quantities,
            List<String> dates,
            List<String> urls,
            List<String> domains,
            List<String> terms) {
        public Evidence {
            entities = entities == null ? List.of() : List.copyOf(entities);
            quantities = quantities == null ? List.of() : List.copyOf(quantities);
            dates = dates == null ? List.of() : List.copyOf(dates);
            urls = urls == null ? List.of() : List.copyOf(urls);
            domains = domains == null ? List.of() : List.copyOf(domains);
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }

    /** The matcher's name and version; its thresholds and weights belong to the version. */
    public record Matcher(String name, String version) {
        public Matcher {
            Required.text(name, "matcher.name");
            Required.text(version, "matcher.version");
        }
    }
}
