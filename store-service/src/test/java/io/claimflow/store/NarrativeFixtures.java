package io.claimflow.store;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.event.NarrativeUpdated;
import java.time.Instant;
import java.util.List;

/** Builds the records match-service publishes, as the store tests feed them to its topics. */
final class NarrativeFixtures {

    static final ClaimMatched.Matcher MATCHER = new ClaimMatched.Matcher("test-matcher", "1");
    static final Instant MATCHED_AT = Instant.parse("2026-11-21T10:00:02Z");

    private NarrativeFixtures() {}

    static Narrative narrative(String narrativeId, int revision) {
        return new Narrative(narrativeId, revision);
    }

    /** The claim's match: its narrative, and the claims it links to (score 0.9) and is only suggested (0.6). */
    static ClaimMatched matched(
            ClaimExtracted claim, String narrativeId, List<ClaimExtracted> links, List<ClaimExtracted> suggestions) {
        return new ClaimMatched(
                claim.claimId(),
                claim.documentId(),
                narrativeId,
                links.stream().map(link -> match(link, 0.9)).toList(),
                suggestions.stream().map(suggestion -> match(suggestion, 0.6)).toList(),
                List.of(),
                MATCHER,
                MATCHED_AT);
    }

    static ClaimMatched matched(ClaimExtracted claim, String narrativeId) {
        return matched(claim, narrativeId, List.of(), List.of());
    }

    private static ClaimMatched.Match match(ClaimExtracted other, double score) {
        return new ClaimMatched.Match(
                other.claimId(),
                other.documentId(),
                score,
                new ClaimMatched.Evidence(
                        false,
                        List.of("Islamic State"),
                        List.of("4000"),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of("fighters")));
    }

    /** A narrative record under construction; by default one English claim of one source, seen on 2017-11-14. */
    static final class Narrative {
        private final String narrativeId;
        private final int revision;
        private String mergedInto;
        private int claims = 1;
        private List<String> languages = List.of("en");
        private List<String> sources = List.of("Alpha News");
        private List<String> claimants = List.of("Surovikin");
        private List<String> entities = List.of("Islamic State");
        private Instant firstSeen = Instant.parse("2017-11-14T10:00:00Z");
        private Instant lastSeen = Instant.parse("2017-11-14T10:00:00Z");

        private Narrative(String narrativeId, int revision) {
            this.narrativeId = narrativeId;
            this.revision = revision;
        }

        Narrative mergedInto(String survivor) {
            mergedInto = survivor;
            return this;
        }

        Narrative claims(int count) {
            claims = count;
            return this;
        }

        Narrative languages(String... values) {
            languages = List.of(values);
            return this;
        }

        Narrative sources(String... values) {
            sources = List.of(values);
            return this;
        }

        Narrative claimants(String... values) {
            claimants = List.of(values);
            return this;
        }

        Narrative entities(String... values) {
            entities = List.of(values);
            return this;
        }

        Narrative seen(String first, String last) {
            firstSeen = Instant.parse(first);
            lastSeen = Instant.parse(last);
            return this;
        }

        NarrativeUpdated build() {
            return new NarrativeUpdated(
                    narrativeId,
                    revision,
                    mergedInto,
                    new NarrativeUpdated.Label(narrativeId, "doc-of-" + narrativeId, "Label of " + narrativeId, "en"),
                    claims,
                    sources.size(),
                    languages,
                    sources.stream()
                            .map(source -> new NarrativeUpdated.Tally(source, 1))
                            .toList(),
                    claimants.stream()
                            .map(claimant -> new NarrativeUpdated.Tally(claimant, 1))
                            .toList(),
                    entities.stream()
                            .map(entity -> new NarrativeUpdated.EntityTally(entity, EntityType.ORGANIZATION, 1))
                            .toList(),
                    firstSeen,
                    lastSeen,
                    Instant.parse("2026-11-21T10:00:03Z"));
        }
    }
}
