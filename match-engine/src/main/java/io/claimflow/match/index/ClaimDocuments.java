package io.claimflow.match.index;

import io.claimflow.match.analysis.ClaimFeatures;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** The Lucene documents of the index: one per claim, one per narrative redirect, and their field names. */
public final class ClaimDocuments {

    public static final String TYPE = "type";
    public static final String CLAIM = "claim";
    public static final String REDIRECT = "redirect";
    public static final String ID = "id";
    public static final String DOCUMENT = "doc";
    public static final String NARRATIVE = "narrative";
    public static final String PIVOT = "pivot";
    public static final String ANCHOR = "anchor";
    public static final String TEXT_KEY = "textKey";
    public static final String SEEN = "seen";
    public static final String LINK_SUM = "linkSum";
    public static final String FROM = "from";
    public static final String INTO = "into";

    private static final String LANGUAGE = "lang";
    private static final String TEXT = "text";
    private static final String SOURCE = "source";
    private static final String URL = "url";
    private static final String CLAIMANT = "claimant";
    private static final String ENTITIES = "entities";
    private static final String ENTITY_TYPES = "entityTypes";
    private static final String TERMS = "terms";
    private static final String PIVOTS = "pivots";
    private static final String ANCHORS = "anchors";
    private static final String RESULT = "result";
    // A separator no analysed term, pivot or anchor holds.
    private static final String SEPARATOR = "\u001f";

    private ClaimDocuments() {}

    public static Document claim(StoredClaim claim) {
        ClaimFeatures features = claim.features();
        Document doc = new Document();
        doc.add(new StringField(TYPE, CLAIM, Field.Store.NO));
        doc.add(new StringField(ID, claim.claimId(), Field.Store.YES));
        doc.add(new StringField(DOCUMENT, claim.documentId(), Field.Store.YES));
        doc.add(new StringField(NARRATIVE, claim.narrativeId(), Field.Store.YES));
        doc.add(new StringField(TEXT_KEY, features.textKey(), Field.Store.YES));
        // Analysed by LanguageAnalyzers through the writer's analyzer, in the field of the claim's language.
        doc.add(new TextField(features.textField(), claim.text(), Field.Store.NO));
        features.pivots().forEach(pivot -> doc.add(new StringField(PIVOT, pivot, Field.Store.NO)));
        features.anchors().forEach(anchor -> doc.add(new StringField(ANCHOR, anchor, Field.Store.NO)));
        long seen = claim.seenAt().toEpochMilli();
        doc.add(new LongPoint(SEEN, seen));
        doc.add(new StoredField(SEEN, seen));
        // Doc values too, so the window filter can be checked per candidate instead of collecting every claim in it.
        doc.add(new NumericDocValuesField(SEEN, seen));
        doc.add(new NumericDocValuesField(LINK_SUM, Double.doubleToLongBits(claim.linkSum())));
        doc.add(new StoredField(LANGUAGE, features.language()));
        doc.add(new StoredField(TEXT, claim.text()));
        store(doc, SOURCE, claim.source());
        store(doc, URL, claim.url());
        store(doc, CLAIMANT, claim.claimant());
        doc.add(new StoredField(ENTITIES, String.join(SEPARATOR, claim.entities())));
        // Narrative summaries name each entity with its type (NarrativeUpdated's entity tallies).
        doc.add(new StoredField(ENTITY_TYPES, String.join(SEPARATOR, claim.entityTypes())));
        doc.add(new StoredField(TERMS, String.join(SEPARATOR, features.terms())));
        doc.add(new StoredField(PIVOTS, String.join(SEPARATOR, features.pivots())));
        doc.add(new StoredField(ANCHORS, String.join(SEPARATOR, features.anchors())));
        doc.add(new StoredField(RESULT, claim.result()));
        return doc;
    }

    /** A claim back from its stored fields and its link sum. */
    public static StoredClaim claim(Document doc, double linkSum) {
        String language = doc.get(LANGUAGE);
        ClaimFeatures features = new ClaimFeatures(
                language,
                io.claimflow.match.analysis.LanguageAnalyzers.textField(language),
                split(doc.get(TERMS)),
                split(doc.get(PIVOTS)),
                split(doc.get(ANCHORS)),
                doc.get(TEXT_KEY));
        return new StoredClaim(
                doc.get(ID),
                doc.get(DOCUMENT),
                doc.get(NARRATIVE),
                doc.get(TEXT),
                doc.get(SOURCE),
                doc.get(URL),
                doc.get(CLAIMANT),
                Instant.ofEpochMilli(doc.getField(SEEN).numericValue().longValue()),
                split(doc.get(ENTITIES)),
                split(doc.get(ENTITY_TYPES)),
                features,
                linkSum,
                doc.get(RESULT));
    }

    public static Document redirect(String from, String into) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, REDIRECT, Field.Store.NO));
        doc.add(new StringField(FROM, from, Field.Store.YES));
        doc.add(new StringField(INTO, into, Field.Store.YES));
        return doc;
    }

    private static void store(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
