package io.claimflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.identity.StableIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class StableIdsTest {

    @Test
    void sameDocumentSameIdWhateverTheWhiteSpace() {
        String id = StableIds.documentId("The U.S. let 4,000 fighters leave.\n", "https://Example.org/a");
        assertThat(StableIds.documentId("  The U.S.  let 4,000\nfighters leave.", "https://example.org/a "))
                .isEqualTo(id);
        assertThat(id).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void differentTextOrUrlGivesAnotherId() {
        String id = StableIds.documentId("Text", null);
        assertThat(StableIds.documentId("Text.", null)).isNotEqualTo(id);
        assertThat(StableIds.documentId("Text", "https://example.org")).isNotEqualTo(id);
    }

    @Test
    void aFactCheckIdComesFromItsUrlAloneAndDiffersFromADocumentsId() {
        String id = StableIds.factCheckId("https://checks.example.org/raqqa");
        assertThat(StableIds.factCheckId(" https://Checks.example.org/raqqa")).isEqualTo(id);
        assertThat(StableIds.factCheckId("https://checks.example.org/moon")).isNotEqualTo(id);
        assertThat(StableIds.documentId("", "https://checks.example.org/raqqa")).isNotEqualTo(id);
        assertThat(id).hasSize(32).matches("[0-9a-f]+");
        assertThatThrownBy(() -> StableIds.factCheckId(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFactCheckVersionChangesWithAnyFieldAndOnlyThen() {
        FactCheck checked = SampleEvents.fullFactCheck().factCheck();
        FactCheck same = withVerdict(checked, checked.verdict());
        FactCheck revised = withVerdict(checked, "False");
        assertThat(StableIds.factCheckVersion(same)).isEqualTo(StableIds.factCheckVersion(checked));
        assertThat(StableIds.factCheckVersion(revised)).isNotEqualTo(StableIds.factCheckVersion(checked));
        assertThat(new FactCheckImported(revised, SampleEvents.AT, null).eventId())
                .startsWith(checked.id() + "/")
                .isNotEqualTo(SampleEvents.fullFactCheck().eventId());
    }

    @Test
    void aMatchRecordWithFactChecksIsAnotherEventThanTheClaimsFirstMatch() {
        ClaimMatched withFactCheck = SampleEvents.fullMatch();
        ClaimMatched without = new ClaimMatched(
                withFactCheck.claimId(),
                withFactCheck.documentId(),
                withFactCheck.narrativeId(),
                withFactCheck.links(),
                withFactCheck.suggestions(),
                List.of(),
                withFactCheck.matcher(),
                withFactCheck.matchedAt());
        assertThat(without.eventId()).isEqualTo("c0ffee/claimflow-match/1.0.0");
        assertThat(withFactCheck.eventId()).startsWith(without.eventId() + "/").isNotEqualTo(without.eventId());
    }

    @Test
    void composedNormalizationMakesEncodingsAgree() {
        assertThat(StableIds.documentId("Ha\u0308vdar", null)).isEqualTo(StableIds.documentId("H\u00e4vdar", null));
    }

    @Test
    void claimIdIsStableForDocumentSpanAndVersion() {
        String id = StableIds.claimId("doc", 10, 20, "1");
        assertThat(StableIds.claimId("doc", 10, 20, "1")).isEqualTo(id);
        assertThat(StableIds.claimId("doc", 10, 21, "1")).isNotEqualTo(id);
        assertThat(StableIds.claimId("doc", 10, 20, "2")).isNotEqualTo(id);
        assertThat(StableIds.claimId("doc", 1, 020, "1")).isNotEqualTo(StableIds.claimId("doc", 10, 20, "1"));
    }

    private static FactCheck withVerdict(FactCheck checked, String verdict) {
        return new FactCheck(
                checked.id(),
                checked.url(),
                checked.claimReviewed(),
                checked.title(),
                verdict,
                checked.publisher(),
                checked.claimant(),
                checked.datePublished(),
                checked.language(),
                checked.appearances(),
                checked.body());
    }
}
