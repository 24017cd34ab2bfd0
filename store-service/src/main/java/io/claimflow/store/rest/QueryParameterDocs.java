package io.claimflow.store.rest;

import static io.claimflow.store.query.QueryParameters.CLAIMANT;
import static io.claimflow.store.query.QueryParameters.CLAIMANT_TYPE;
import static io.claimflow.store.query.QueryParameters.CURSOR;
import static io.claimflow.store.query.QueryParameters.DOCUMENT_ID;
import static io.claimflow.store.query.QueryParameters.ENTITY;
import static io.claimflow.store.query.QueryParameters.FACT_CHECKED;
import static io.claimflow.store.query.QueryParameters.FORMAT;
import static io.claimflow.store.query.QueryParameters.FROM;
import static io.claimflow.store.query.QueryParameters.LANGUAGE;
import static io.claimflow.store.query.QueryParameters.LIMIT;
import static io.claimflow.store.query.QueryParameters.MIN_SCORE;
import static io.claimflow.store.query.QueryParameters.NARRATIVE;
import static io.claimflow.store.query.QueryParameters.PUBLISHER;
import static io.claimflow.store.query.QueryParameters.Q;
import static io.claimflow.store.query.QueryParameters.SORT;
import static io.claimflow.store.query.QueryParameters.SOURCE;
import static io.claimflow.store.query.QueryParameters.TO;
import static io.claimflow.store.query.QueryParameters.VERDICT;

import io.claimflow.store.config.StoreConfig;
import io.claimflow.store.query.ClaimFormat;
import io.claimflow.store.query.ClaimSort;
import io.claimflow.store.query.NarrativeSort;
import io.claimflow.store.query.QueryKind;
import io.claimflow.store.query.QueryParameters;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the query parameters of every operation marked with {@link #QUERY_KIND}, from the same declarations the
 * parser reads ({@link QueryKind}, {@link QueryParameters}) and with the limits the running service is configured with.
 * It runs at start-up, since the limits are runtime configuration.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class QueryParameterDocs implements OASFilter {

    /** The operation extension naming the {@link QueryKind} of an endpoint; removed from the published document. */
    public static final String QUERY_KIND = "x-claimflow-query-kind";

    private record Doc(String description, String example) {}

    /** The cursor of every listing: the same words wherever it appears. */
    private static final Doc CURSOR_DOC = new Doc("Opaque cursor from the previous page's next link", null);

    /** The page size of a listing of {@code items}, with the running service's limits. */
    private static Doc limitDoc(String items, int defaultLimit, StoreConfig config) {
        return new Doc(items + ", 1.." + config.maxPageSize() + " (default " + defaultLimit + ")", null);
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        StoreConfig config =
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(StoreConfig.class);
        openApi.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream())
                .filter(operation -> operation.getExtensions() != null
                        && operation.getExtensions().containsKey(QUERY_KIND))
                .forEach(operation -> document(operation, config));
    }

    private static void document(Operation operation, StoreConfig config) {
        QueryKind kind = QueryKind.valueOf(String.valueOf(operation.getExtension(QUERY_KIND)));
        operation.removeExtension(QUERY_KIND);
        Map<String, Doc> docs = switch (kind) {
            case NARRATIVE_PAGE, NARRATIVE_FEED -> narrativeDocs(config);
            case FACT_CHECK_PAGE -> factCheckDocs(config);
            case DOCUMENT_CLAIMS ->
                Map.of(
                        LIMIT,
                        new Doc(
                                "Claims per page, 1.." + config.maxDocumentClaims() + " (default "
                                        + config.maxDocumentClaims() + ")",
                                null),
                        CURSOR,
                        new Doc(
                                "Opaque cursor from the previous page's Link header or the document's claimsNext",
                                null));
            default -> docs(kind, config);
        };
        for (String name : kind.parameters()) {
            Doc doc = docs.get(name);
            if (doc == null) {
                throw new IllegalStateException("the query parameter " + name + " has no documentation");
            }
            Parameter parameter = OASFactory.createParameter()
                    .name(name)
                    .in(Parameter.In.QUERY)
                    .description(doc.description())
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            if (doc.example() != null) {
                parameter.example(doc.example());
            }
            operation.addParameter(parameter);
        }
    }

    private static Map<String, Doc> docs(QueryKind kind, StoreConfig config) {
        int defaultLimit = kind == QueryKind.FACET ? config.defaultFacetSize() : config.defaultPageSize();
        String counted = kind == QueryKind.FACET ? "Values" : "Claims per page";
        return Map.ofEntries(
                Map.entry(
                        Q,
                        new Doc(
                                "Words to find, in any language; quotes, OR and -word as in a web search",
                                "ISIS Raqqa")),
                Map.entry(
                        LANGUAGE,
                        new Doc(
                                "ISO 639-1 code of the claim sentence, or und for claims whose language could not be "
                                        + "told",
                                "en")),
                Map.entry(CLAIMANT, new Doc("The claimant's name as written, case-insensitive", "Surovikin")),
                Map.entry(CLAIMANT_TYPE, new Doc("One of " + QueryParameters.claimantTypes(), "person")),
                Map.entry(
                        ENTITY,
                        new Doc(
                                "The normalised form of an entity the claim mentions, case-insensitive",
                                "Islamic State")),
                Map.entry(DOCUMENT_ID, new Doc("Only claims of this document", null)),
                Map.entry(
                        NARRATIVE,
                        new Doc(
                                "Only claims of this narrative (GET /narratives); a merged narrative's id gives its "
                                        + "survivor's claims",
                                null)),
                Map.entry(
                        FACT_CHECKED,
                        new Doc(
                                "true: only claims the matcher found published fact-checks of; false: only the "
                                        + "others",
                                "true")),
                Map.entry(
                        VERDICT,
                        new Doc(
                                "Only claims with a fact-check of this verdict (as the fact-checker words it, "
                                        + "case-insensitive); implies factChecked=true",
                                "false")),
                Map.entry(SOURCE, new Doc("The document's source (publisher or feed)", "Reuters")),
                Map.entry(MIN_SCORE, new Doc("The least check-worthiness, 0..1", "0.7")),
                Map.entry(
                        FROM, new Doc("Documents published at or after this instant or date (ISO 8601)", "2017-11-01")),
                Map.entry(
                        TO,
                        new Doc("Documents published before this instant or date (ISO 8601)", "2017-12-01T00:00:00Z")),
                Map.entry(
                        SORT,
                        new Doc(ClaimSort.wireNames() + "; " + ClaimSort.DEFAULT.wireName() + " when absent", null)),
                Map.entry(LIMIT, limitDoc(counted, defaultLimit, config)),
                Map.entry(CURSOR, CURSOR_DOC),
                Map.entry(
                        FORMAT,
                        new Doc(
                                ClaimFormat.wireNames() + "; csv answers every matching claim (from the cursor on) "
                                        + "as text/csv instead of one page; absent, the Accept header decides",
                                "csv")));
    }

    /** The parameters of GET /factchecks: q, language and verdict mean what they mean for claims, of the fact-check. */
    private static Map<String, Doc> factCheckDocs(StoreConfig config) {
        return Map.of(
                Q,
                new Doc(
                        "Words to find in the claim reviewed or the title, in any language; quotes, OR and -word as in "
                                + "a web search",
                        "Raqqa convoy"),
                LANGUAGE,
                new Doc("ISO 639-1 code of the fact-check", "en"),
                VERDICT,
                new Doc("The verdict as the fact-checker words it, case-insensitive", "false"),
                PUBLISHER,
                new Doc("Who published it, case-insensitive", "Snopes"),
                LIMIT,
                limitDoc("Fact-checks per page", config.defaultPageSize(), config),
                CURSOR,
                CURSOR_DOC);
    }

    /** The parameters of GET /narratives and its feed: some share a name with the claims', not their meaning. */
    private static Map<String, Doc> narrativeDocs(StoreConfig config) {
        return Map.of(
                LANGUAGE,
                new Doc("A language of its claims: ISO 639-1 code, or und", "sv"),
                SOURCE,
                new Doc("A source (publisher or site) of its documents, case-insensitive", "ANTIMEDIA"),
                ENTITY,
                new Doc("An entity among the narrative's top 20 (normalised form, case-insensitive)", "Islamic State"),
                CLAIMANT,
                new Doc("A claimant among the narrative's top 20 (name, case-insensitive)", "Surovikin"),
                FROM,
                new Doc(
                        "Narratives seen at or after this instant or date (ISO 8601): lastSeen is not before it",
                        "2017-11-01"),
                TO,
                new Doc(
                        "Narratives seen before this instant or date (ISO 8601; a date includes that day): "
                                + "firstSeen is before it. With from, the narratives whose firstSeen..lastSeen "
                                + "overlaps the window",
                        "2017-12-01"),
                SORT,
                new Doc(
                        NarrativeSort.wireNames() + " (size: most claims; spread: most sources plus languages; "
                                + "recent: latest lastSeen); " + NarrativeSort.DEFAULT.wireName() + " when absent",
                        "spread"),
                LIMIT,
                limitDoc("Narratives per page", config.defaultPageSize(), config),
                CURSOR,
                CURSOR_DOC);
    }
}
