package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.identity.ClaimantNames;
import java.util.List;
import java.util.TreeSet;

/**
 * A claimant as the store groups and finds it: its identity (the engine's normalised form, else its name, folded) and
 * the words the {@code claimant} filter matches (those of the identity and of the name as written).
 */
final class ClaimantKeys {

    private ClaimantKeys() {}

    /** The identity the facets count by; null for an unnamed claimant. */
    static String identity(ClaimExtracted.Claimant claimant) {
        String normalized = claimant.normalized();
        return ClaimantNames.fold(normalized == null || normalized.isBlank() ? claimant.name() : normalized);
    }

    /** The words the claimant filter matches, space-separated (a word holds no space), or null when none. */
    static String parts(ClaimExtracted.Claimant claimant) {
        TreeSet<String> parts = new TreeSet<>(ClaimantNames.parts(identity(claimant)));
        parts.addAll(ClaimantNames.parts(claimant.name()));
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The words a claimant filter asks for: every one must be a part of the claimant. */
    static List<String> asked(String claimant) {
        return ClaimantNames.parts(claimant);
    }
}
