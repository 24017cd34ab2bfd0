package io.claimflow.matching.rest;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.match.ClaimContext;
import io.claimflow.match.ContractEvents;
import io.claimflow.match.MatchResult;
import io.claimflow.matching.config.MatchConfig;
import io.claimflow.matching.service.MatchIndex;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /match}: a dry run of matching one claim against the index, which it leaves as it is. */
@Path("/match")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class MatchResource {

    private static final ClaimExtracted.Extractor PREVIEW = new ClaimExtracted.Extractor("preview", "1");

    private final MatchIndex index;
    private final MatchConfig config;
    private final Clock clock = Clock.systemUTC();

    public MatchResource(MatchIndex index, MatchConfig config) {
        this.index = index;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a claim would match, nothing changed: {\"text\", \"language\", \"seenAt\"?}")
    public PreviewResult preview(@Valid PreviewRequest request) {
        if (request == null) {
            throw new ProblemException(Problem.of(
                    ProblemKind.EMPTY_BODY, "The body is empty: send a JSON object with 'text' and 'language'"));
        }
        if (request.text().length() > config.maxTextLength()) {
            throw new ProblemException(Problem.of(
                    ProblemKind.TEXT_TOO_LONG,
                    "The text has " + request.text().length() + " characters; at most " + config.maxTextLength()
                            + " are taken"));
        }
        Instant seen = request.seenAt() != null ? request.seenAt() : clock.instant();
        String id = "preview-" + UUID.randomUUID();
        ClaimExtracted claim = new ClaimExtracted(
                id,
                id,
                0,
                request.text(),
                new ClaimExtracted.Span(0, request.text().length()),
                LanguageCodes.normalize(request.language()),
                1,
                new ClaimExtracted.Claimant(null, ClaimantType.AUTHOR, false),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                PREVIEW,
                seen);
        MatchResult result = index.engine().preview(ClaimContext.of(claim));
        return new PreviewResult(
                result.narrativeId(),
                result.links().stream().map(ContractEvents::match).toList(),
                result.suggestions().stream().map(ContractEvents::match).toList());
    }
}
