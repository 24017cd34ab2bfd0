package io.claimflow.engine.detail;

import io.claimflow.engine.clean.Citation;
import io.claimflow.engine.sentence.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each URL to the sentence it belongs to: a link inside a sentence to that sentence; a link on a line of its own
 * to the sentence before it, or to the one after when the one before introduces it with a colon.
 */
public final class CitationLinker {

    public List<List<String>> link(List<Citation> citations, List<Sentence> sentences) {
        List<List<String>> linked = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            linked.add(new ArrayList<>());
        }
        for (Citation citation : citations) {
            int owner = owner(citation, sentences);
            if (owner >= 0 && !linked.get(owner).contains(citation.url())) {
                linked.get(owner).add(citation.url());
            }
        }
        return linked.stream().map(List::copyOf).toList();
    }

    private static int owner(Citation citation, List<Sentence> sentences) {
        int owner = -1;
        for (int i = 0; i < sentences.size() && sentences.get(i).start() <= citation.anchor(); i++) {
            owner = i;
        }
        boolean introduces = owner >= 0
                && citation.ownLine()
                && citation.anchor() >= sentences.get(owner).end()
                && sentences.get(owner).text().endsWith(":");
        return introduces && owner + 1 < sentences.size() ? owner + 1 : owner;
    }
}
