package io.claimflow.engine.attribution;

import io.claimflow.engine.text.Token;
import java.util.List;

/**
 * A reporting cue found in a sentence and the phrase that names its source.
 *
 * @param cue the cue as written ("claimed in a briefing", "according to", "As … notes"), or null
 * @param source the tokens naming the source; empty when the cue names none ("it is claimed")
 */
record SourcePhrase(String cue, List<Token> source) {

    SourcePhrase {
        source = List.copyOf(source);
    }
}
