package io.claimflow.matching.rest;

import io.claimflow.match.ClaimContext;
import io.claimflow.match.ContractEvents;
import io.claimflow.match.MatchResult;
import io.claimflow.matching.config.MatchConfig;
import io.claimflow.matching.service.FactCheckShelf;
import io.claimflow.matching.service.MatchIndex;
import io.claimflow.matching.service.TextProbe;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /match}: a dry run of matching one claim against the index, which it leaves as it is. */
@Path("/match")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class MatchResource {

    private final MatchIndex index;
    private final FactCheckShelf factChecks;
    private final MatchConfig config;
    private final Clock clock = Clock.systemUTC();

    public MatchResource(MatchIndex index, FactCheckShelf factChecks, MatchConfig config) {
        this.index = index;
        this.factChecks = factChecks;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "What a claim would match, nothing changed: the narrative, links and suggestions, and the "
                    + "fact-checks; {\"text\", \"language\", \"seenAt\"?, \"top\"?}")
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
        ClaimContext context = TextProbe.of("preview-" + UUID.randomUUID(), request.text(), request.language(), seen);
        MatchResult result = index.engine().preview(context);
        return new PreviewResult(
                result.narrativeId(),
                result.links().stream().map(ContractEvents::match).toList(),
                result.suggestions().stream().map(ContractEvents::match).toList(),
                request.top() == null ? factChecks.match(context) : factChecks.ranking(context, request.top()));
    }
}
