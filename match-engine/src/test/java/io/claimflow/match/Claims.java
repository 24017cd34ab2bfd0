package io.claimflow.match;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds test claims: text, language and the anchors the extract engine would put on them. */
final class Claims {

    static final Instant T0 = Instant.parse("2017-11-14T10:00:00Z");

    private final String id;
    private final String document;
    private final String text;
    private final String language;
    private final List<ClaimExtracted.Entity> entities = new ArrayList<>();
    private final List<ClaimExtracted.Quantity> quantities = new ArrayList<>();
    private final List<ClaimExtracted.DateMention> dates = new ArrayList<>();
    private final List<String> citations = new ArrayList<>();
    private String claimant;

    private Claims(String id, String document, String language, String text) {
        this.id = id;
        this.document = document;
        this.language = language;
        this.text = text;
    }

    static Claims claim(String id, String document, String language, String text) {
        return new Claims(id, document, language, text);
    }

    Claims entity(String written, String normalized) {
        return entity(written, normalized, EntityType.LOCATION);
    }

    Claims entity(String written, String normalized, EntityType type) {
        entities.add(new ClaimExtracted.Entity(written, type, normalized));
        return this;
    }

    Claims quantity(String written, double value, String unit) {
        quantities.add(new ClaimExtracted.Quantity(written, value, unit));
        return this;
    }

    Claims date(String written, String value) {
        dates.add(new ClaimExtracted.DateMention(written, value));
        return this;
    }

    Claims saidBy(String name) {
        claimant = name;
        return this;
    }

    Claims cites(String url) {
        citations.add(url);
        return this;
    }

    ClaimContext seen(Instant at) {
        return new ClaimContext(extracted(at), "source-of-" + document, "https://example.org/" + document, at);
    }

    /** The claim as extract-service publishes it, extracted at the given time. */
    ClaimExtracted extracted(Instant at) {
        return new ClaimExtracted(
                id,
                document,
                0,
                text,
                new ClaimExtracted.Span(0, text.length()),
                language,
                0.8,
                claimant == null
                        ? new ClaimExtracted.Claimant(null, ClaimantType.AUTHOR, false)
                        : new ClaimExtracted.Claimant(claimant, ClaimantType.PERSON, false),
                null,
                entities,
                quantities,
                dates,
                citations,
                new ClaimExtracted.Extractor("test", "1"),
                at,
                null,
                null);
    }

    ClaimContext seenDaysAfter(int days) {
        return seen(T0.plusSeconds(days * 86_400L));
    }
}
