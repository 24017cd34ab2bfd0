package io.claimflow.cli.command;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import java.util.Locale;
import java.util.stream.Collectors;

/** One readable line per claim: score, who says it and how, the claim, and where it comes from. */
final class ClaimLines {

    private static final int DOCUMENT_ID_SHOWN = 12;

    private ClaimLines() {}

    static String format(ClaimExtracted claim) {
        ClaimExtracted.Claimant claimant = claim.claimant();
        String who = claimant.type() == ClaimantType.AUTHOR
                ? "the author"
                : (claimant.name() == null ? "someone" : claimant.name()) + " ("
                        + claimant.type().wireName() + ")";
        String how = claim.cue() == null ? "" : " " + claim.cue();
        String quote = claimant.quote() ? " [quote]" : "";
        String entities = claim.entities().isEmpty()
                ? ""
                : "  entities: "
                        + claim.entities().stream()
                                .map(ClaimExtracted.Entity::normalized)
                                .distinct()
                                .collect(Collectors.joining(", "));
        String document = claim.documentId().length() > DOCUMENT_ID_SHOWN
                ? claim.documentId().substring(0, DOCUMENT_ID_SHOWN) + "…"
                : claim.documentId();
        return String.format(
                Locale.ROOT,
                "%.2f  %s%s%s: %s  [%s, doc %s]%s",
                claim.checkworthiness(),
                who,
                how,
                quote,
                claim.text(),
                claim.language(),
                document,
                entities);
    }
}
