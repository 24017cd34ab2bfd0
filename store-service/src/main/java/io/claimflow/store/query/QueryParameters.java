package io.claimflow.store.query;

import io.claimflow.contracts.event.ClaimantType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The names of the query API's parameters, declared once for the parser, the resources and the API docs. */
public final class QueryParameters {

    public static final String Q = "q";
    public static final String LANGUAGE = "language";
    public static final String CLAIMANT = "claimant";
    public static final String CLAIMANT_TYPE = "claimantType";
    public static final String ENTITY = "entity";
    public static final String DOCUMENT_ID = "documentId";
    public static final String SOURCE = "source";
    public static final String MIN_SCORE = "minScore";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String NARRATIVE = "narrative";
    public static final String FACT_CHECKED = "factChecked";
    public static final String VERDICT = "verdict";
    public static final String PUBLISHER = "publisher";
    public static final String SORT = "sort";
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";
    public static final String FORMAT = "format";
    /** A header, not a query parameter: where a reconnecting client of the live feed resumes. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    /** The parameters of a {@link ClaimFilter}, which every endpoint of the query API takes. */
    public static final List<String> FILTERS = List.of(
            Q,
            LANGUAGE,
            CLAIMANT,
            CLAIMANT_TYPE,
            ENTITY,
            DOCUMENT_ID,
            SOURCE,
            MIN_SCORE,
            FROM,
            TO,
            NARRATIVE,
            FACT_CHECKED,
            VERDICT);

    /** The parameters of a {@link NarrativeFilter}, which {@code GET /narratives} and its live feed take. */
    public static final List<String> NARRATIVE_FILTERS = List.of(LANGUAGE, SOURCE, ENTITY, CLAIMANT, FROM, TO);

    /** The parameters of a {@link FactCheckFilter}, which {@code GET /factchecks} takes. */
    public static final List<String> FACT_CHECK_FILTERS = List.of(Q, LANGUAGE, VERDICT, PUBLISHER);

    /** The filters a watch ({@code POST /watches}) may save: those that hold for a claim once it is stored. */
    public static final List<String> WATCH_FILTERS =
            List.of(CLAIMANT, ENTITY, NARRATIVE, Q, FACT_CHECKED, VERDICT, MIN_SCORE);

    private QueryParameters() {}

    /** The wire names of every claimant type: "person, organization, …, author". */
    public static String claimantTypes() {
        return Arrays.stream(ClaimantType.values()).map(ClaimantType::wireName).collect(Collectors.joining(", "));
    }
}
