package io.claimflow.engine.attribution;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.engine.detail.Gazetteer;
import io.claimflow.engine.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a source phrase into a claimant: its name (titles and determiners dropped; pronouns, descriptions and surnames
 * resolved through the document's memory) and its kind.
 */
final class ClaimantResolver {

    private static final int MAX_BODY_WORDS = 6;

    private final Gazetteer gazetteer;

    ClaimantResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The claimant a phrase names; a person is remembered for later references. */
    Claimant resolve(String sentence, List<Token> phrase, ReportingLexicon lexicon, SpeakerMemory memory) {
        if (phrase.isEmpty()) {
            return new Claimant(null, ClaimantType.ANONYMOUS);
        }
        String first = phrase.get(0).lower();
        if (phrase.size() == 1 && lexicon.firstPerson.contains(first)) {
            return new Claimant(null, ClaimantType.AUTHOR);
        }
        if (phrase.size() == 1 && lexicon.thirdPerson.contains(first)) {
            return memory.last()
                    .map(name -> new Claimant(name, ClaimantType.PERSON))
                    .orElse(new Claimant(phrase.get(0).text(), ClaimantType.PERSON));
        }
        List<Token> name = nameRun(phrase, lexicon);
        Set<String> roles = roles(phrase, lexicon);
        Set<String> words = lowerWords(phrase);
        String bare = text(sentence, withoutDeterminer(phrase, lexicon));
        String lowerBare = bare.toLowerCase(Locale.ROOT);
        if (post(phrase, lexicon)) {
            return new Claimant(text(sentence, phrase), ClaimantType.ANONYMOUS);
        }
        Optional<Claimant> organization = knownOrganization(sentence, phrase, words, lexicon);
        if (organization.isPresent()) {
            return organization.get();
        }
        String written = written(sentence, phrase, name, lexicon);
        Optional<Gazetteer.Known> known = gazetteer.lookup(written);
        // A medium or state body is named by its whole phrase ("Rysk TV", "Trump administration") unless it is long.
        String body = phrase.size() <= MAX_BODY_WORDS ? bare : written;
        if (phrase.stream().anyMatch(token -> lowerDocument(token, lexicon))) {
            return new Claimant(body, name.isEmpty() ? ClaimantType.ANONYMOUS : ClaimantType.ORGANIZATION);
        }
        if (!name.isEmpty()
                && !roles.isEmpty()
                && !known.map(k -> k.type() != EntityType.PERSON).orElse(false)) {
            return person(
                    name.size() == 1 ? memory.fullName(written).orElse(written) : written,
                    roles,
                    memory,
                    ClaimantRole.before(sentence, phrase, name, lexicon));
        }
        if (ReportingLexicon.mentions(lexicon.media, words, lowerBare)
                || known.isPresent()
                        && lexicon.media.contains(known.get().normalized().toLowerCase(Locale.ROOT))) {
            return new Claimant(body, ClaimantType.MEDIA);
        }
        if (known.isPresent() && known.get().type() == EntityType.LOCATION
                || ReportingLexicon.mentions(lexicon.government, words, lowerBare)) {
            return new Claimant(body, ClaimantType.GOVERNMENT);
        }
        if (name.isEmpty()) {
            boolean definite = !lexicon.indefinite.contains(first) && !roles.isEmpty();
            Optional<String> referent = definite
                    ? roles.stream()
                            .map(memory::withRole)
                            .flatMap(Optional::stream)
                            .findFirst()
                    : Optional.empty();
            if (referent.isPresent()) {
                return new Claimant(referent.get(), ClaimantType.PERSON);
            }
            boolean person = !roles.isEmpty() || words.stream().anyMatch(lexicon.anonymous::contains);
            return person
                    ? new Claimant(text(sentence, phrase), ClaimantType.ANONYMOUS)
                    : new Claimant(written, ClaimantType.ORGANIZATION);
        }
        if (known.isPresent() && known.get().type() != EntityType.PERSON
                || lexicon.organizationWords.contains(name.get(name.size() - 1).text())) {
            return new Claimant(written, ClaimantType.ORGANIZATION);
        }
        return person(
                name.size() == 1 ? memory.fullName(written).orElse(written) : written,
                roles,
                memory,
                ClaimantRole.before(sentence, phrase, name, lexicon));
    }

    /** "A viral post on Facebook": an indefinite document, unnamed before its preposition, is no platform's. */
    private static boolean post(List<Token> phrase, ReportingLexicon lexicon) {
        if (!lexicon.indefinite.contains(phrase.get(0).lower())) {
            return false;
        }
        boolean document = false;
        for (Token token : phrase) {
            if (lexicon.prepositions.contains(token.lower())) {
                return document;
            }
            if (SourceTest.nameLike(token, lexicon)) {
                return false;
            }
            document |= lowerDocument(token, lexicon);
        }
        return false;
    }

    /** A document word written in lower case: "post", not the "Post" of a newspaper's name. */
    private static boolean lowerDocument(Token token, ReportingLexicon lexicon) {
        return token.text().equals(token.lower()) && lexicon.documents.contains(token.lower());
    }

    private static Claimant person(String name, Set<String> roles, SpeakerMemory memory, String role) {
        memory.remember(name, roles);
        return new Claimant(name, ClaimantType.PERSON, role);
    }

    /** Records the people a sentence names with a title or role ("Col. Gen. Sergei Surovikin"). */
    void observe(String sentence, List<Token> tokens, ReportingLexicon lexicon, SpeakerMemory memory) {
        for (int i = 0; i < tokens.size(); i++) {
            int start = i;
            Set<String> roles = new HashSet<>();
            while (i < tokens.size() && isTitleOrRole(tokens.get(i), lexicon)) {
                roles.add(role(tokens.get(i)));
                i++;
            }
            int nameStart = i;
            while (i < tokens.size()) {
                if (namePart(tokens.get(i), lexicon)) {
                    i++;
                } else if (i > nameStart
                        && i + 1 < tokens.size()
                        && lexicon.connectors.contains(tokens.get(i).text())
                        && namePart(tokens.get(i + 1), lexicon)) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i > start && nameStart > start && i - nameStart >= 2) {
                memory.remember(text(sentence, tokens.subList(nameStart, i)), roles);
            }
            i = Math.max(start, i - 1);
        }
    }

    /**
     * The claimant's name as written: the name inside the phrase, running on to the phrase's end when lower-case words
     * follow it there ("Trump administration"), else the phrase without its determiner.
     */
    private static String written(String sentence, List<Token> phrase, List<Token> name, ReportingLexicon lexicon) {
        if (name.isEmpty()) {
            return text(sentence, withoutDeterminer(phrase, lexicon));
        }
        int end = phrase.indexOf(name.get(name.size() - 1)) + 1;
        boolean trailingNoun = end < phrase.size();
        for (int i = end; i < phrase.size(); i++) {
            trailingNoun &= !lexicon.prepositions.contains(phrase.get(i).text())
                    && !SourceTest.nameLike(phrase.get(i), lexicon);
        }
        return trailingNoun
                ? text(sentence, phrase.subList(phrase.indexOf(name.get(0)), phrase.size()))
                : text(sentence, name);
    }

    /** An organisation the gazetteer knows, named anywhere in the phrase ("pro-västliga Syrian Observatory …"). */
    private Optional<Claimant> knownOrganization(
            String sentence, List<Token> phrase, Set<String> words, ReportingLexicon lexicon) {
        String lowerPhrase = text(sentence, phrase).toLowerCase(Locale.ROOT);
        for (int i = 0; i < phrase.size(); i++) {
            Optional<Gazetteer.Match> match = gazetteer.match(sentence, phrase, i);
            if (match.isPresent() && match.get().entity().type() == EntityType.ORGANIZATION) {
                boolean media =
                        lexicon.media.contains(match.get().entity().normalized().toLowerCase(Locale.ROOT))
                                || ReportingLexicon.mentions(lexicon.media, words, lowerPhrase);
                String name = text(sentence, phrase.subList(i, i + match.get().tokens()));
                return Optional.of(new Claimant(name, media ? ClaimantType.MEDIA : ClaimantType.ORGANIZATION));
            }
        }
        return Optional.empty();
    }

    private static List<Token> withoutDeterminer(List<Token> phrase, ReportingLexicon lexicon) {
        boolean determiner =
                phrase.size() > 1 && lexicon.determiners.contains(phrase.get(0).lower());
        return determiner ? phrase.subList(1, phrase.size()) : phrase;
    }

    /**
     * The name inside a phrase: the last run of capitalised words before any preposition, titles left out, words inside
     * names kept ("Ursula von der Leyen").
     */
    private static List<Token> nameRun(List<Token> phrase, ReportingLexicon lexicon) {
        int limit = phrase.size();
        boolean seenName = false;
        for (int i = 0; i < phrase.size(); i++) {
            seenName |= SourceTest.nameLike(phrase.get(i), lexicon);
            if (seenName
                    && lexicon.prepositions.contains(phrase.get(i).text())
                    && connectorRun(phrase, i, lexicon) == 0) {
                limit = i;
                break;
            }
        }
        int end = -1;
        for (int i = limit - 1; i >= 0 && end < 0; i--) {
            if (SourceTest.nameLike(phrase.get(i), lexicon) && !notName(phrase.get(i), lexicon)) {
                end = i;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int start = end;
        while (start > 0) {
            int connector = start - 1;
            while (connector > 0
                    && lexicon.connectors.contains(phrase.get(connector).text())) {
                connector--;
            }
            boolean joined =
                    connector < start - 1 && connectorRun(phrase, connector + 1, lexicon) == start - 1 - connector;
            int previous = joined ? connector : start - 1;
            if (!SourceTest.nameLike(phrase.get(previous), lexicon) || notName(phrase.get(previous), lexicon)) {
                break;
            }
            start = previous;
        }
        return phrase.subList(start, end + 1);
    }

    /**
     * How many words inside a name start at {@code at} ("von der", "van", "bin") before a name, or 0: a lone
     * preposition ("of", "von") bounds the name instead.
     */
    private static int connectorRun(List<Token> phrase, int at, ReportingLexicon lexicon) {
        int end = at;
        while (end < phrase.size()
                && lexicon.connectors.contains(phrase.get(end).text())) {
            end++;
        }
        boolean lonePreposition =
                end - at == 1 && lexicon.prepositions.contains(phrase.get(at).text());
        return end > at && end < phrase.size() && SourceTest.nameLike(phrase.get(end), lexicon) && !lonePreposition
                ? end - at
                : 0;
    }

    static boolean isTitleOrRole(Token token, ReportingLexicon lexicon) {
        return lexicon.titles.contains(token.text()) || lexicon.roles.contains(token.lower());
    }

    /** A word of a person's name: name-like, and no title, role or anonymous source. */
    private static boolean namePart(Token token, ReportingLexicon lexicon) {
        return SourceTest.nameLike(token, lexicon) && !notName(token, lexicon);
    }

    /**
     * Words that are no part of a name, capitalised or not: titles, roles, anonymous sources ("Sicherheitskreisen").
     */
    private static boolean notName(Token token, ReportingLexicon lexicon) {
        return isTitleOrRole(token, lexicon) || lexicon.anonymous.contains(token.lower());
    }

    private static Set<String> roles(List<Token> phrase, ReportingLexicon lexicon) {
        Set<String> roles = new HashSet<>();
        for (Token token : phrase) {
            if (isTitleOrRole(token, lexicon)) {
                roles.add(role(token));
            }
        }
        return roles;
    }

    private static String role(Token token) {
        return token.lower().replace(".", "");
    }

    private static Set<String> lowerWords(List<Token> phrase) {
        Set<String> words = new HashSet<>();
        phrase.forEach(token -> words.add(token.lower()));
        return words;
    }

    private static String text(String sentence, List<Token> tokens) {
        return sentence.substring(
                tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    /** A resolved claimant: name (null for the author), kind, and the titles and roles written before the name. */
    record Claimant(String name, ClaimantType type, String role) {

        Claimant(String name, ClaimantType type) {
            this(name, type, null);
        }
    }
}
