package io.claimflow.engine.attribution;

import io.claimflow.engine.pack.LanguagePack;
import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.pack.LexiconName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One language's words for attribution, from its pack: reporting verbs, source cues, pronouns, roles, kinds. */
final class ReportingLexicon {

    final Phrases verbs;
    final Phrases sourceCues;
    final Set<String> asClause;
    final Set<String> auxiliaries;
    final Set<String> clauseWords;
    final Set<String> relatives;
    final Set<String> prepositions;
    final Set<String> impersonal;
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
    final Set<String> connectors;

    /**
     * @param pack the language's pack
     * @param names names of media and state bodies in every language: an outlet's name is the same in any text
     */
    ReportingLexicon(LanguagePack pack, Names names) {
        List<String> allVerbs = new ArrayList<>(pack.list(LexiconName.REPORTING_VERBS));
        allVerbs.addAll(pack.list(LexiconName.SPEECH_VERBS));
        verbs = new Phrases(allVerbs);
        sourceCues = new Phrases(pack.list(LexiconName.SOURCE_CUES));
        asClause = lower(pack, LexiconName.AS_CLAUSE);
        auxiliaries = pack.words(LexiconName.AUXILIARIES);
        clauseWords = lower(pack, LexiconName.CLAUSE_WORDS);
        relatives = lower(pack, LexiconName.RELATIVES);
        prepositions = lower(pack, LexiconName.PREPOSITIONS);
        impersonal = lower(pack, LexiconName.IMPERSONAL);
        thirdPerson = lower(pack, LexiconName.THIRD_PERSON);
        firstPerson = lower(pack, LexiconName.FIRST_PERSON);
        roles = pack.words(LexiconName.ROLES);
        titles = pack.list(LexiconName.TITLES).stream()
                .map(ReportingLexicon::withoutStop)
                .collect(Collectors.toUnmodifiableSet());
        indefinite = lower(pack, LexiconName.INDEFINITE);
        Set<String> all = new HashSet<>(lower(pack, LexiconName.DEFINITE));
        all.addAll(indefinite);
        determiners = Set.copyOf(all);
        anonymous = lower(pack, LexiconName.ANONYMOUS);
        media = names.media();
        government = names.government();
        organizationWords = Set.copyOf(pack.list(LexiconName.ORGANIZATION_WORDS));
        nonEntities = Set.copyOf(pack.list(LexiconName.NON_ENTITIES));
        documents = lower(pack, LexiconName.DOCUMENTS);
        connectors = names.connectors();
    }

    /**
     * Lower-case names and words of media and state bodies, and the words inside names ("von", "der"), from every
     * language pack.
     */
    record Names(Set<String> media, Set<String> government, Set<String> connectors) {

        static Names of(LanguageResources languages) {
            return new Names(
                    lowerAll(languages.union(LexiconName.MEDIA)),
                    lowerAll(languages.union(LexiconName.GOVERNMENT)),
                    Set.copyOf(languages.union(LexiconName.NAME_CONNECTORS)));
        }

        private static Set<String> lowerAll(List<String> entries) {
            return entries.stream()
                    .map(entry -> entry.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Whether a phrase mentions an entry of a list: a one-word entry as a word, a longer one as words in a row. */
    static boolean mentions(Set<String> entries, Set<String> words, String phrase) {
        for (String entry : entries) {
            if (entry.indexOf(' ') < 0 ? words.contains(entry) : containsWords(phrase, entry)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} occur in {@code phrase} between spaces or its ends, without building padded copies. */
    private static boolean containsWords(String phrase, String words) {
        for (int at = phrase.indexOf(words); at >= 0; at = phrase.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || phrase.charAt(at - 1) == ' ') && (end == phrase.length() || phrase.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
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

    /** Multi-word entries, indexed by their first word, longest first so that the longest entry wins. */
    static final class Phrases {
        private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

        Phrases(List<String> entries) {
            for (String entry : entries) {
                List<String> words = List.of(entry.toLowerCase(Locale.ROOT).split("\\s+"));
                byFirstWord
                        .computeIfAbsent(words.get(0), first -> new ArrayList<>())
                        .add(words);
            }
            byFirstWord.values().forEach(phrases -> phrases.sort(Comparator.comparingInt(phrase -> -phrase.size())));
        }

        /** How many words of an entry start at {@code at} in the lower-case words, or 0. */
        int match(List<String> lower, int at) {
            List<List<String>> candidates = byFirstWord.get(lower.get(at));
            if (candidates != null) {
                for (List<String> phrase : candidates) {
                    if (at + phrase.size() <= lower.size()
                            && lower.subList(at, at + phrase.size()).equals(phrase)) {
                        return phrase.size();
                    }
                }
            }
            return 0;
        }
    }
}
