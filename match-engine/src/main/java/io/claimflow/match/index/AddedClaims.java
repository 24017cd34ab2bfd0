package io.claimflow.match.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims added to the index since its last refresh, in memory, for the reads by id, narrative and document that
 * must see them before a search can; and whether they all come from one document. Not thread-safe: the engine
 * serialises its writes.
 */
final class AddedClaims {

    private final Map<String, StoredClaim> byId = new LinkedHashMap<>();
    // The document of every claim added, or null when none or several.
    private String document;

    void add(StoredClaim claim) {
        if (byId.isEmpty()) {
            document = claim.documentId();
        } else if (!claim.documentId().equals(document)) {
            document = null;
        }
        byId.put(claim.claimId(), claim);
    }

    /** Takes a claim's new version, if it was added since the refresh. */
    void replace(StoredClaim claim) {
        byId.computeIfPresent(claim.claimId(), (id, before) -> claim);
    }

    /** The claim of an id added since the refresh, or null. */
    StoredClaim get(String claimId) {
        return byId.get(claimId);
    }

    /** The claims of a narrative added since the refresh, in the order they came. */
    List<StoredClaim> of(String narrativeId) {
        List<StoredClaim> claims = new ArrayList<>();
        for (StoredClaim claim : byId.values()) {
            if (claim.narrativeId().equals(narrativeId)) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /** Whether a claim of a document was added to a narrative since the refresh. */
    boolean holds(String narrativeId, String documentId) {
        for (StoredClaim claim : byId.values()) {
            if (claim.narrativeId().equals(narrativeId) && claim.documentId().equals(documentId)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every claim added since the refresh (if any) is of a document. */
    boolean allFrom(String documentId) {
        return byId.isEmpty() || documentId.equals(document);
    }

    void clear() {
        byId.clear();
        document = null;
    }
}
