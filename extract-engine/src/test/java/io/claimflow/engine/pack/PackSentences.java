package io.claimflow.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.EngineSettings;
import io.claimflow.engine.SourceDocument;
import io.claimflow.engine.TestEngine;
import java.util.List;

/** Reads sentences written for one language pack, every sentence a claim (no check-worthiness threshold). */
final class PackSentences {

    private static final ClaimflowEngine ALL_CLAIMS = new ClaimflowEngine(new EngineSettings(0.0), TestEngine.CLOCK);

    private final List<ClaimExtracted> claims;

    private PackSentences(List<ClaimExtracted> claims) {
        this.claims = claims;
    }

    /** The claims of a text in a language, read with that language's pack. */
    static PackSentences read(String language, String text) {
        List<ClaimExtracted> claims = ALL_CLAIMS
                .extract(new SourceDocument(language + "-doc", text, language))
                .claims();
        assertThat(claims).as("claims of: " + text).isNotEmpty();
        assertThat(claims).allSatisfy(claim -> assertThat(claim.languagePack()).isTrue());
        return new PackSentences(claims);
    }

    /** The claim whose text starts with {@code prefix}. */
    ClaimExtracted claim(String prefix) {
        return claims.stream()
                .filter(claim -> claim.text().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with: " + prefix + " in "
                        + claims.stream().map(ClaimExtracted::text).toList()));
    }
}
