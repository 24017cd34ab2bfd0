package io.claimflow.engine.attribution;

import io.claimflow.contracts.event.ClaimantType;

/**
 * Who asserted a sentence.
 *
 * @param name the claimant's name as written (a pronoun or description resolved to the name it points to), or null for
 *     the author and unnamed sources
 * @param type the kind of claimant
 * @param cue the reporting expression, or null
 * @param quote whether the sentence is the claimant's direct quote
 * @param sourceStart offset of the source mention in the cleaned text, or -1 when the text names none
 * @param sourceEnd end of the source mention in the cleaned text, or -1
 */
public record Attribution(String name, ClaimantType type, String cue, boolean quote, int sourceStart, int sourceEnd) {

    public static Attribution author(boolean quote) {
        return new Attribution(null, ClaimantType.AUTHOR, null, quote, -1, -1);
    }

    public boolean attributed() {
        return type != ClaimantType.AUTHOR || cue != null;
    }

    public Attribution withQuote(boolean quoted) {
        return new Attribution(name, type, cue, quoted, sourceStart, sourceEnd);
    }
}
