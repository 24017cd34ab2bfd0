package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Made-up claims for the store's warm-up, shaped like the engine's (details, two languages), with ids, claimants and
 * entities of their own so that they never meet a real claim's rows or rollups.
 */
final class WarmUpClaims {

    private static final String PREFIX = "warm-up-";
    private static final ClaimExtracted.Extractor EXTRACTOR = new ClaimExtracted.Extractor("store-warm-up", "0");
    private static final String[][] SENTENCES = {
        {"en", "The minister said that %d fighters left the city under a deal reached on 13 November 2017."},
        {"en", "According to the report, unemployment rose by %d percent in the region last year."},
        {"sv", "Enligt rapporten lämnade %d krigare staden efter en överenskommelse i november."},
    };

    private WarmUpClaims() {}

    /** A batch of claims, different in every round. */
    static List<ClaimExtracted> batch(int round, int size) {
        List<ClaimExtracted> claims = new ArrayList<>(size);
        String document = PREFIX + UUID.randomUUID();
        for (int i = 0; i < size; i++) {
            String[] sentence = SENTENCES[(round + i) % SENTENCES.length];
            String text = sentence[1].formatted(round * size + i);
            claims.add(new ClaimExtracted(
                    PREFIX + UUID.randomUUID(),
                    document,
                    i,
                    text,
                    new ClaimExtracted.Span(0, text.length()),
                    sentence[0],
                    (i % 10) / 10.0,
                    new ClaimExtracted.Claimant(PREFIX + "claimant " + (i % 4), ClaimantType.PERSON, i % 2 == 0),
                    "said",
                    List.of(
                            new ClaimExtracted.Entity("City", EntityType.LOCATION, PREFIX + "city"),
                            new ClaimExtracted.Entity("Ministry", EntityType.ORGANIZATION, PREFIX + "ministry")),
                    List.of(new ClaimExtracted.Quantity("" + i, i, "percent")),
                    List.of(new ClaimExtracted.DateMention("13 November 2017", "2017-11-13")),
                    List.of("https://example.org/warm-up/" + i),
                    EXTRACTOR,
                    Instant.now()));
        }
        return claims;
    }
}
