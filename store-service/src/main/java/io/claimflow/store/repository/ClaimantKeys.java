package io.claimflow.store.repository;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.identity.ClaimantNames;
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
    static String parts(String identity, String name) {
        TreeSet<String> parts = new TreeSet<>(ClaimantNames.parts(identity));
        parts.addAll(ClaimantNames.parts(name));
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
