package io.claimflow.engine.pack;

import java.util.Locale;

/** The word lists a language pack may have; each is the file {@code <name>.txt} in the language's folder. */
public enum LexiconName {
    /** Regular expressions; a line matching one in full is boilerplate. */
    BOILERPLATE,
    /** Regular expressions cut out of a line (source tags, editorial notes). */
    INLINE_BOILERPLATE,
    /** Words that open a byline before the author's name ("By", "Written by", "Av"). */
    BYLINE,
    /** Tokens after which a full stop does not end a sentence. */
    ABBREVIATIONS,
    /** Reporting verbs in every form the language writes them ("said", "hävdar"). */
    REPORTING_VERBS,
    /**
     * Verbs that report speech, read by attribution only ("continued", "exclaimed"): the check-worthiness features keep
     * the reporting verbs the model was trained with.
     */
    SPEECH_VERBS,
    /** Cues followed by their source ("according to", "enligt", "as quoted by"). */
    SOURCE_CUES,
    /** The word that opens an "As X notes" clause. */
    AS_CLAUSE,
    /** Words that may stand between a source and its reporting verb ("has", "also", "reportedly"). */
    AUXILIARIES,
    /** Words that open a clause and so end a source phrase ("that", "but", "att"). */
    CLAUSE_WORDS,
    /** Relative pronouns: the source is the phrase before them ("who", "som"). */
    RELATIVES,
    /** Prepositions, which end a name ("of", "från"). */
    PREPOSITIONS,
    /** Impersonal subjects of a sourceless cue ("it" in "it is claimed", "det" in "det hävdas"). */
    IMPERSONAL,
    /** Lower-case words that may stand inside a name ("of" in "Council of Europe", "för" in "Institutet för"). */
    NAME_CONNECTORS,
    /** Third-person pronouns that point back to a named speaker. */
    THIRD_PERSON,
    /** First-person pronouns: the author speaking. */
    FIRST_PERSON,
    /** Nouns naming people by role ("general", "minister", "defector"). */
    ROLES,
    /** Titles written before names ("Col.", "Gen.", "President"). */
    TITLES,
    /** Definite determiners ("the", "den"). */
    DEFINITE,
    /** Indefinite determiners ("a", "an", "en"). */
    INDEFINITE,
    /** Words that make a source anonymous ("source", "officials", "anonymous"). */
    ANONYMOUS,
    /** Words and names of news media ("newspaper", "Reuters"). */
    MEDIA,
    /** Words and names of governments and state bodies ("ministry", "Pentagon"). */
    GOVERNMENT,
    /** Words for documents that speak as sources ("report", "study", "rapporten"). */
    DOCUMENTS,
    /** Last words of organisation names ("Agency", "Council"). */
    ORGANIZATION_WORDS,
    /** Entity aliases: {@code normalized|type|alias|alias...}. */
    ENTITIES,
    /** Capitalised words that are not names on their own ("The", "Syrian"). */
    NON_ENTITIES,
    /** Number words: {@code word=value}. */
    NUMBER_WORDS,
    /** Units: {@code word=unit}; {@code *} marks a multiplier ({@code million=*1000000}). */
    UNITS,
    /** Month names: {@code number=name,name...}. */
    MONTHS,
    /** Words written between a date's day, month and year ("de" in "13 de marzo de 2017"). */
    DATE_CONNECTORS,
    /** How numbers are written: {@code decimal=.} and {@code group=,}. */
    NUMBER_FORMAT,
    /** Words that open an imperative ("follow", "read", "notera"). */
    IMPERATIVES,
    /** Words of opinion, promise and exhortation, which make a sentence less checkable. */
    OPINION,
    /** Content words mapped to a pivot for matching across languages: {@code word=pivot}, {@code stem*=pivot}. */
    GLOSSARY,
    /** Stop words, for the matching engine's analysis of a language Lucene has no analyzer for. */
    STOPWORDS;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
