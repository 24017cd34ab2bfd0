package io.claimflow.tools.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.tools.narrative.NarrativeEvaluation.ClaimRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key claims found by fragment (case and spacing aside), the main narrative, and repeated claims counted once. */
class KeyClaimsTest {

    private static ClaimRow row(String id, String doc, String lang, boolean sample, String narrative, String text) {
        return new ClaimRow(id, doc, "source-" + doc, lang, sample, narrative, text);
    }

    @Test
    void reportsTheNarrativeHoldingMostKeyClaims() {
        KeyClaims keys = KeyClaims.parse(List.of(
                "# comment",
                "fighters  LEFT raqqa\tnote",
                "avtal med koalitionen\tsv",
                "a fragment no claim holds\tstale"));
        List<ClaimRow> rows = List.of(
                row("a", "000_forum", "en", true, "n1", "ISIS fighters left Raqqa in convoys."),
                row("b", "003_sv", "sv", true, "n1", "Bussade från Raqqa efter ett avtal med koalitionen."),
                row("c", "001", "en", true, "n2", "Convoys: fighters left\nRaqqa at night."),
                row("d", "001", "en", true, "n1", "Another claim of the samples."),
                row("a", "004", "en", true, "n1", "ISIS fighters left Raqqa in convoys."),
                row("p", "polnear-1", "en", false, "n2", "Trump fighters left Raqqa?"));
        KeyClaims.Report report = keys.report(rows);
        assertThat(report.keyClaims()).isEqualTo(3);
        assertThat(report.keyInMain()).isEqualTo(2);
        assertThat(report.unmatched()).containsExactly("a fragment no claim holds");
        assertThat(report.sampleClaims()).isEqualTo(4);
        assertThat(report.sampleInMain()).isEqualTo(3);
        assertThat(report.purity()).isEqualTo(1.0);
        assertThat(report.languages()).containsExactly("en", "sv");
        assertThat(report.documents()).containsExactly("000_forum", "001", "003_sv", "004");
    }
}
