package io.claimflow.engine.attribution;

import io.claimflow.engine.lang.LanguagePack;
import io.claimflow.engine.lang.LexiconName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One language's words for attribution, from its pack: reporting verbs, source cues, pronouns, roles, kinds. */
final class ReportingLexicon {

    final List<List<String>> verbs;
    final List<List<String>> sourceCues;
    final Set<String> asClause;
    final Set<String> auxiliaries;
    final Set<String> clauseWords;
    final Set<String> relatives;
    final Set<String> prepositions;
    final Set<String> thirdPerson;
    final Set<String> firstPerson;
    final Set<String> roles;
    final Set<String> titles;
    final Set<String> determiners;
    final Set<String> indefinite;
    final Set<String> anonymous;
    final Set<String> media;
    final Set<String> government;
    final Set<String> organizationWords;
    final Set<String> documents;
    final Set<String> nonEntities;

    ReportingLexicon(LanguagePack pack) {
        verbs = phrases(pack, LexiconName.REPORTING_VERBS);
        sourceCues = phrases(pack, LexiconName.SOURCE_CUES);
        asClause = lower(pack, LexiconName.AS_CLAUSE);
        auxiliaries = pack.words(LexiconName.AUXILIARIES);
        clauseWords = lower(pack, LexiconName.CLAUSE_WORDS);
        relatives = lower(pack, LexiconName.RELATIVES);
        prepositions = lower(pack, LexiconName.PREPOSITIONS);
        thirdPerson = lower(pack, LexiconName.THIRD_PERSON);
        firstPerson = lower(pack, LexiconName.FIRST_PERSON);
        roles = pack.words(LexiconName.ROLES);
        titles = pack.list(LexiconName.TITLES).stream().map(ReportingLexicon::withoutStop).collect(Collectors.toUnmodifiableSet());
        indefinite = lower(pack, LexiconName.INDEFINITE);
        Set<String> all = new HashSet<>(lower(pack, LexiconName.DEFINITE));
        all.addAll(indefinite);
        determiners = Set.copyOf(all);
        anonymous = lower(pack, LexiconName.ANONYMOUS);
        media = pack.words(LexiconName.MEDIA);
        government = pack.words(LexiconName.GOVERNMENT);
        organizationWords = Set.copyOf(pack.list(LexiconName.ORGANIZATION_WORDS));
        nonEntities = Set.copyOf(pack.list(LexiconName.NON_ENTITIES));
        documents = lower(pack, LexiconName.DOCUMENTS);
    }

    /** Tokens never end in a full stop: "Col." is read as "Col". */
    static String withoutStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> lower(LanguagePack pack, LexiconName name) {
        Set<String> words = new HashSet<>();
        pack.list(name).forEach(entry -> words.add(entry.toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }

    /** Multi-word entries as word lists, longest first so that the longest cue wins. */
    private static List<List<String>> phrases(LanguagePack pack, LexiconName name) {
        List<List<String>> phrases = new ArrayList<>();
        for (String entry : pack.list(name)) {
            phrases.add(List.of(entry.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        phrases.sort(Comparator.comparingInt(phrase -> -phrase.size()));
        return List.copyOf(phrases);
    }
}
