package io.claimflow.contracts;

import io.claimflow.contracts.event.AlertFired;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimExtracted.Claimant;
import io.claimflow.contracts.event.ClaimExtracted.DateMention;
import io.claimflow.contracts.event.ClaimExtracted.Entity;
import io.claimflow.contracts.event.ClaimExtracted.Extractor;
import io.claimflow.contracts.event.ClaimExtracted.Quantity;
import io.claimflow.contracts.event.ClaimExtracted.Span;
import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import io.claimflow.contracts.event.NarrativeUpdated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events with every field set and with only the required ones, for the contract tests. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2017-11-14T08:30:00Z");
    static final Extractor EXTRACTOR = new Extractor("claimflow-engine", "1.0.0");
    static final ClaimMatched.Matcher MATCHER = new ClaimMatched.Matcher("claimflow-match", "1.0.0");

    private SampleEvents() {}

    static DocumentSubmitted fullDocument() {
        return new DocumentSubmitted(
                "doc-1",
                "Surovikin claimed in a briefing that 4,000 fighters left Raqqa.",
                "https://example.org/raqqa",
                "Raqqa",
                "en",
                AT.minusSeconds(3600),
                "Example News",
                AT,
                "alice");
    }

    static DocumentSubmitted minimalDocument() {
        return new DocumentSubmitted("doc-2", "Text.", null, null, null, null, null, AT, null);
    }

    static ClaimExtracted fullClaim() {
        return new ClaimExtracted(
                "c0ffee",
                "doc-1",
                0,
                "Surovikin claimed in a briefing that 4,000 fighters left Raqqa.",
                new Span(0, 62),
                "en",
                0.91,
                new Claimant("Sergei Surovikin", ClaimantType.PERSON, false, "Col. Gen.", "sergei surovikin"),
                "claimed in a briefing",
                List.of(new Entity("Raqqa", EntityType.LOCATION, "Raqqa")),
                List.of(new Quantity("4,000", 4000, null)),
                List.of(new DateMention("November 13, 2017", "2017-11-13")),
                List.of("https://example.org/source"),
                EXTRACTOR,
                AT,
                new ClaimExtracted.Origin("https://example.org/raqqa", "example.org", AT.minusSeconds(3600), AT),
                true);
    }

    static ClaimExtracted minimalClaim() {
        return new ClaimExtracted(
                "c0ffee2",
                "doc-2",
                0,
                "Text.",
                new Span(0, 5),
                "und",
                0.5,
                new Claimant(null, ClaimantType.AUTHOR, false),
                null,
                null,
                null,
                null,
                null,
                EXTRACTOR,
                AT,
                null,
                null);
    }

    static DocumentProcessed fullStatus() {
        return new DocumentProcessed(
                "doc-1", DocumentProcessed.Status.FAILED, "en", 0, EXTRACTOR, AT, "engine ran out of time");
    }

    static DocumentProcessed minimalStatus() {
        return new DocumentProcessed("doc-2", DocumentProcessed.Status.PROCESSED, null, 3, EXTRACTOR, AT, null);
    }

    static ClaimMatched fullMatch() {
        ClaimMatched.Evidence evidence = new ClaimMatched.Evidence(
                false,
                List.of("Raqqa", "United States"),
                List.of("4000"),
                List.of("2017-11-13"),
                List.of("https://example.org/source"),
                List.of("example.org"),
                List.of("fighter", "leave"));
        return new ClaimMatched(
                "c0ffee",
                "doc-1",
                "c0ffee0",
                List.of(new ClaimMatched.Match("c0ffee0", "doc-0", 0.92, evidence)),
                List.of(new ClaimMatched.Match(
                        "c0ffee9", "doc-9", 0.41, new ClaimMatched.Evidence(true, null, null, null, null, null, null))),
                List.of(new ClaimMatched.FactCheckMatch(
                        "fc-1",
                        "https://factcheck.example.org/raqqa-convoy",
                        "Misleading",
                        "Example Fact Check",
                        0.87,
                        evidence)),
                MATCHER,
                AT);
    }

    static ClaimMatched minimalMatch() {
        return new ClaimMatched("c0ffee2", "doc-2", "c0ffee2", null, null, null, MATCHER, AT);
    }

    static NarrativeUpdated fullNarrative() {
        return new NarrativeUpdated(
                "c0ffee0",
                3,
                null,
                new NarrativeUpdated.Label("c0ffee", "doc-1", "4,000 fighters left Raqqa.", "en"),
                3,
                2,
                List.of("en", "sv"),
                List.of(new NarrativeUpdated.Tally("Example News", 2)),
                List.of(new NarrativeUpdated.Tally("Surovikin", 1)),
                List.of(new NarrativeUpdated.EntityTally("Raqqa", EntityType.LOCATION, 3)),
                AT.minusSeconds(86_400),
                AT,
                AT);
    }

    static NarrativeUpdated mergedNarrative() {
        return new NarrativeUpdated(
                "c0ffee9",
                2,
                "c0ffee0",
                new NarrativeUpdated.Label("c0ffee9", "doc-9", "Text.", "und"),
                1,
                1,
                null,
                null,
                null,
                null,
                AT,
                AT,
                AT);
    }

    static FactCheckImported fullFactCheck() {
        return new FactCheckImported(
                new FactCheck(
                        "fc-1",
                        "https://factcheck.example.org/raqqa-convoy",
                        "The coalition let 4,000 ISIS fighters leave Raqqa.",
                        "Did the coalition let ISIS fighters leave Raqqa?",
                        "Misleading",
                        "Example Fact Check",
                        "Surovikin",
                        LocalDate.parse("2017-11-20"),
                        "en",
                        List.of("https://example.org/raqqa"),
                        "A convoy left Raqqa in October under a deal made by local officials."),
                AT,
                "alice");
    }

    static FactCheckImported minimalFactCheck() {
        return new FactCheckImported(
                new FactCheck(
                        null,
                        "https://factcheck.example.org/2",
                        "Text.",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                AT,
                null);
    }

    static AlertFired fullAlert() {
        return new AlertFired(
                null,
                "watch-1",
                "Raqqa convoy, fact-checked",
                "c-1",
                "doc-1",
                "The coalition let 4,000 ISIS fighters leave Raqqa.",
                "Surovikin",
                "c-1",
                List.of("misleading"),
                AT);
    }

    static AlertFired minimalAlert() {
        return new AlertFired(null, "watch-2", "", "c-2", "doc-2", "Text.", null, null, null, AT);
    }

    static List<ClaimflowEvent> all() {
        return List.of(
                fullDocument(),
                minimalDocument(),
                fullClaim(),
                minimalClaim(),
                fullStatus(),
                minimalStatus(),
                fullMatch(),
                minimalMatch(),
                fullNarrative(),
                mergedNarrative(),
                fullFactCheck(),
                minimalFactCheck(),
                fullAlert(),
                minimalAlert());
    }
}
