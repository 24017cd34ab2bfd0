package io.claimflow.engine.attribution;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.ClaimantNames;
import io.claimflow.engine.detail.Gazetteer;
import io.claimflow.engine.pack.LanguagePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each claimant its identity across documents: its name folded ({@link ClaimantNames}), where the name is already
 * the full name the document gave a person it later names by surname ({@link SpeakerMemory}); an acronym's identity is
 * the name it stands for, as the document defines it ("Office for National Statistics (ONS)"), as the gazetteer knows
 * it ("UN"), or as {@code pack/acronyms.txt} lists it. The document's own claims are its byline's author's.
 */
public final class ClaimantIdentity {

    private final Gazetteer gazetteer;
    private final Map<String, String> acronyms = new HashMap<>();

    public ClaimantIdentity(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String line : LanguagePack.readShared("acronyms.txt")) {
            int separator = line.indexOf('=');
            if (separator > 0) {
                acronyms.put(
                        line.substring(0, separator).strip(),
                        line.substring(separator + 1).strip());
            }
        }
    }

    /**
     * The attributions of a document with their claimants' identities.
     *
     * @param cleaned the cleaned text, where the document defines its acronyms
     * @param author the author its byline names, or null
     */
    public List<Attribution> identify(String cleaned, List<Attribution> attributions, String author) {
        Map<String, String> defined = DocumentAcronyms.in(cleaned);
        // Folded once: most sentences of a document are its author's.
        String authorIdentity = ClaimantNames.fold(author);
        List<Attribution> identified = new ArrayList<>(attributions.size());
        for (Attribution attribution : attributions) {
            identified.add(identify(cleaned, attribution, defined, author, authorIdentity));
        }
        return identified;
    }

    private Attribution identify(
            String cleaned,
            Attribution attribution,
            Map<String, String> defined,
            String author,
            String authorIdentity) {
        String name = definedName(cleaned, attribution, defined);
        if (attribution.type() == ClaimantType.AUTHOR) {
            return name == null
                    ? attribution.withIdentity(author, null, authorIdentity)
                    : attribution.withIdentity(name, null, ClaimantNames.fold(name));
        }
        if (attribution.type() == ClaimantType.ANONYMOUS || name == null) {
            return attribution.withIdentity(name, attribution.role(), null);
        }
        return attribution.withIdentity(name, attribution.role(), normalized(name, defined));
    }

    /**
     * The claimant's name, or the longer name the document defines an acronym for when its source phrase writes that
     * name whole: the name of "the Office for National Statistics (ONS) said" stops at "for", the definition does not.
     */
    private static String definedName(String cleaned, Attribution attribution, Map<String, String> defined) {
        String name = attribution.name();
        if (name == null
                || attribution.type() == ClaimantType.PERSON
                || attribution.sourceStart() < 0
                || defined.isEmpty()) {
            return name;
        }
        String source = cleaned.substring(attribution.sourceStart(), attribution.sourceEnd());
        for (String full : defined.values()) {
            if (full.length() > name.length() && full.startsWith(name) && source.contains(full)) {
                return full;
            }
        }
        return name;
    }

    /** The identity of a claimant's name, given the acronyms its document defines. */
    String normalized(String name, Map<String, String> defined) {
        String bare = Gazetteer.withoutPossessive(name.strip());
        String full = defined.get(bare);
        if (full == null) {
            full = acronyms.get(bare);
        }
        String named = full != null ? full : bare;
        Optional<Gazetteer.Known> known = gazetteer.lookup(named);
        return ClaimantNames.fold(known.map(Gazetteer.Known::normalized).orElse(named));
    }
}
