package io.claimflow.cli.bench;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.contracts.identity.StableIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Claims with the spread of real ones (languages, claimants, entities, scores, publication dates and sources),
 * generated from a seed, for loading the store and querying it the way analysts do.
 */
public final class SyntheticClaims {

    static final String[] LANGUAGES = {"en", "en", "en", "sv", "sq", "de"};
    private static final String[] WORDS = {
        "fighters",
        "convoy",
        "ceasefire",
        "airstrike",
        "refugees",
        "pipeline",
        "election",
        "vaccine",
        "budget",
        "sanctions",
        "drones",
        "weapons",
        "corridor",
        "briefing",
        "evacuation",
        "militia",
        "coalition",
        "report"
    };
    private static final ClaimantType[] TYPES = ClaimantType.values();
    private static final EntityType[] ENTITY_TYPES = EntityType.values();
    private static final ClaimExtracted.Extractor EXTRACTOR = new ClaimExtracted.Extractor("claimflow-bench", "1");

    private final Random random;
    private final String runId;
    private final int claimsPerDocument;

    public SyntheticClaims(long seed, String runId, int claimsPerDocument) {
        this.random = new Random(seed);
        this.runId = runId;
        this.claimsPerDocument = claimsPerDocument;
    }

    public static String claimant(int index) {
        return "Claimant " + index;
    }

    public static String entity(int index) {
        return "Entity " + index;
    }

    /** One of the words the claims are made of, for full-text queries. */
    public static String word(int index) {
        return WORDS[Math.floorMod(index, WORDS.length)];
    }

    public static String source(int index) {
        return "Source " + index;
    }

    public String documentId(int document) {
        return "bench-store-" + runId + "-" + document;
    }

    public DocumentSubmitted document(int document) {
        Instant published = Instant.parse("2016-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 86_400));
        return new DocumentSubmitted(
                documentId(document),
                "Synthetic document " + document + " of a store benchmark.",
                null,
                null,
                LANGUAGES[random.nextInt(LANGUAGES.length)],
                published,
                source(random.nextInt(20)),
                Instant.now(),
                null);
    }

    public List<ClaimExtracted> claims(int document) {
        List<ClaimExtracted> claims = new ArrayList<>(claimsPerDocument);
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        for (int ordinal = 0; ordinal < claimsPerDocument; ordinal++) {
            String text = sentence();
            int start = ordinal * 200;
            ClaimantType type = TYPES[random.nextInt(TYPES.length)];
            List<ClaimExtracted.Entity> entities = new ArrayList<>();
            for (int e = 0; e < 1 + random.nextInt(4); e++) {
                String name = entity((int) Math.min(299, Math.abs(random.nextGaussian()) * 60));
                entities.add(new ClaimExtracted.Entity(name, ENTITY_TYPES[name.hashCode() & 3], name));
            }
            claims.add(new ClaimExtracted(
                    StableIds.claimId(documentId(document), start, start + text.length(), EXTRACTOR.version()),
                    documentId(document),
                    ordinal,
                    text,
                    new ClaimExtracted.Span(start, start + text.length()),
                    language,
                    random.nextDouble(),
                    new ClaimExtracted.Claimant(
                            type == ClaimantType.AUTHOR ? null : claimant(random.nextInt(200)),
                            type,
                            random.nextBoolean()),
                    random.nextBoolean() ? "said" : null,
                    entities,
                    List.of(new ClaimExtracted.Quantity(
                            Integer.toString(random.nextInt(10_000)), random.nextInt(10_000), null)),
                    List.of(new ClaimExtracted.DateMention("June 2014", "2014-06")),
                    random.nextInt(4) == 0 ? List.of("https://example.org/" + random.nextInt(1000)) : List.of(),
                    EXTRACTOR,
                    Instant.now(),
                    null,
                    null));
        }
        return claims;
    }

    private String sentence() {
        StringBuilder text = new StringBuilder("The ");
        for (int w = 0; w < 8 + random.nextInt(12); w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 3 == 2 ? ", " : " ");
        }
        return text.append("were counted at ")
                .append(random.nextInt(10_000))
                .append(" in 2017.")
                .toString();
    }
}
