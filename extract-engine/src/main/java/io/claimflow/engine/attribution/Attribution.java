package io.claimflow.engine.attribution;

import io.claimflow.contracts.event.ClaimantType;

/**
 * Who asserted a sentence.
 *
 * @param name the claimant's name as written without its titles and roles (a pronoun or description resolved to the
 *     name it points to), the author's name from the byline, or null for an unknown author and unnamed sources
 * @param type the kind of claimant
 * @param cue the reporting expression, or null
 * @param quote whether the sentence is the claimant's direct quote
 * @param sourceStart offset of the source mention in the cleaned text, or -1 when the text names none
 * @param sourceEnd end of the source mention in the cleaned text, or -1
 * @param role the titles and roles written before the name ("Col. Gen.", "Labour MP"), or null
 * @param normalized the claimant's identity across documents (see {@link ClaimantIdentity}), or null
 */
public record Attribution(
        String name,
        ClaimantType type,
        String cue,
        boolean quote,
        int sourceStart,
        int sourceEnd,
        String role,
        String normalized) {

    /** An attribution whose identity is not read yet. */
    public Attribution(String name, ClaimantType type, String cue, boolean quote, int sourceStart, int sourceEnd) {
        this(name, type, cue, quote, sourceStart, sourceEnd, null, null);
    }

    public static Attribution author(boolean quote) {
        return new Attribution(null, ClaimantType.AUTHOR, null, quote, -1, -1);
    }

    public boolean attributed() {
        return type != ClaimantType.AUTHOR || cue != null;
    }

    public Attribution withQuote(boolean quoted) {
        return new Attribution(name, type, cue, quoted, sourceStart, sourceEnd, role, normalized);
    }

    /** This attribution with its claimant's name and identity. */
    public Attribution withIdentity(String identityName, String identityRole, String identity) {
        return new Attribution(identityName, type, cue, quote, sourceStart, sourceEnd, identityRole, identity);
    }
}
