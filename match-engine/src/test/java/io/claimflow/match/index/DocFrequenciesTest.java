package io.claimflow.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.match.analysis.Anchors;
import io.claimflow.match.analysis.ClaimFeatures;
import io.claimflow.match.analysis.LanguageAnalyzers;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The claims holding each weighed term, counted as claims are added and again from the index when it is opened: the
 * same figures, a rewritten claim counted once, with or without a refresh or a merge in between.
 */
class DocFrequenciesTest {

    private static final Instant SEEN = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theCountsKeptAsClaimsAreAddedAreTheCountsOfTheIndexOpenedAgain() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers(LanguageResources.load())) {
            try (ClaimIndex index = new ClaimIndex(directory, analyzers)) {
                index.add(claim("a", "en", "The fighters left Raqqa in a convoy", List.of("fighter"), "n1"));
                index.add(claim("b", "en", "Fighters were let out of Raqqa", List.of("fighter", "leave"), "n2"));
                index.add(claim("c", "sv", "IS-krigarna lämnade Raqqa", List.of("fighter", "leave"), "n3"));
                index.refresh();
                // Its narrative changed: the old version stays in the segment, deleted, until a merge.
                index.replace(claim("a", "en", "The fighters left Raqqa in a convoy", List.of("fighter"), "n2"));
                assertCounts(index.frequencies(), analyzers);
                index.commit(Map.of());
            }
            try (ClaimIndex reopened = new ClaimIndex(directory, analyzers)) {
                assertCounts(reopened.frequencies(), analyzers);
            }
        }
    }

    private static void assertCounts(DocFrequencies frequencies, LanguageAnalyzers analyzers) {
        assertThat(frequencies.claims()).isEqualTo(3);
        // The text as the index analyses it (stemmed, folded), in the field of the claim's language.
        assertThat(frequencies.of("text_en", analyzers.terms("en", "fighters").get(0)))
                .isEqualTo(2);
        assertThat(frequencies.of("text_en", "raqqa")).isEqualTo(2);
        assertThat(frequencies.of("text_en", analyzers.terms("en", "convoy").get(0)))
                .isEqualTo(1);
        assertThat(frequencies.of("text_sv", analyzers.terms("sv", "Raqqa").get(0)))
                .isEqualTo(1);
        assertThat(frequencies.of("text_en", "mosul")).isZero();
        assertThat(frequencies.of(ClaimDocuments.PIVOT, "fighter")).isEqualTo(3);
        assertThat(frequencies.of(ClaimDocuments.PIVOT, "leave")).isEqualTo(2);
        assertThat(frequencies.of(ClaimDocuments.ANCHOR, Anchors.ENTITY + "raqqa"))
                .isEqualTo(3);
        assertThat(frequencies.of("place", "raqqa")).as("a field no claim has").isZero();
    }

    private static StoredClaim claim(String id, String language, String text, List<String> pivots, String narrative) {
        return new StoredClaim(
                id,
                "doc-" + id,
                narrative,
                text,
                null,
                null,
                null,
                SEEN,
                List.of("raqqa"),
                List.of("LOCATION"),
                new ClaimFeatures(
                        language,
                        LanguageAnalyzers.textField(language),
                        List.of(),
                        pivots,
                        // An anchor listed twice counts once.
                        List.of(Anchors.ENTITY + "raqqa", Anchors.ENTITY + "raqqa"),
                        id),
                0,
                "");
    }
}
