package io.claimflow.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimflow.ingest.config.IngestConfig;
import io.claimflow.ingest.mapping.DocumentReader;
import io.claimflow.ingest.mapping.DocumentSubmission;
import io.claimflow.ingest.mapping.SubmissionMapper;
import io.claimflow.ingest.mapping.UnreadableDocument;
import io.claimflow.ingest.metrics.IngestMetrics;
import io.claimflow.ingest.service.DocumentIngestService;
import io.claimflow.ingest.service.SubmissionOutcome;
import io.claimflow.service.rest.Problem;
import io.claimflow.service.rest.ProblemException;
import io.claimflow.service.rest.ProblemKind;
import io.claimflow.service.rest.ProblemMappers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An NDJSON batch: one JSON document a line, each accepted or refused on its own, so one bad line does not sink the
 * batch. The answer has one JSON line per document line, in order: its line number, status, and the document's id and
 * location, or the problem. It is 503 with Retry-After when Kafka did not take a valid line (retry those), else 200.
 * Lines go to Kafka side by side, except that a line repeating an earlier line's id waits for it, so the earlier line
 * is the one accepted and the later one answers as a resubmission.
 */
@ApplicationScoped
public class BatchSubmissions {

    public static final String NDJSON = "application/x-ndjson";

    private static final int UNAVAILABLE = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();

    private final DocumentReader reader;
    private final SubmissionMapper mapper;
    private final DocumentIngestService ingest;
    private final SubmissionAnswers answers;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final ObjectMapper json;

    public BatchSubmissions(
            DocumentReader reader,
            SubmissionMapper mapper,
            DocumentIngestService ingest,
            SubmissionAnswers answers,
            IngestConfig config,
            IngestMetrics metrics,
            ObjectMapper json) {
        this.reader = reader;
        this.mapper = mapper;
        this.ingest = ingest;
        this.answers = answers;
        this.config = config;
        this.metrics = metrics;
        this.json = json;
    }

    public Uni<Response> submit(String body, String submitter) {
        List<String> lines = body.lines().toList();
        long documents = lines.stream().filter(line -> !line.isBlank()).count();
        if (documents == 0) {
            throw new ProblemException(Problem.of(ProblemKind.EMPTY_BODY, "The batch holds no document line"));
        }
        if (documents > config.maxBatchDocuments()) {
            throw new ProblemException(Problem.of(
                    ProblemKind.BATCH_TOO_LARGE,
                    "The batch holds " + documents + " documents; at most " + config.maxBatchDocuments()
                            + " are taken"));
        }
        List<Uni<ObjectNode>> results = new ArrayList<>();
        Map<String, Uni<ObjectNode>> lastLineOfId = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                results.add(one(i + 1, lines.get(i), submitter, lastLineOfId));
            }
        }
        return Uni.join().all(results).andFailFast().map(this::answer);
    }

    private Uni<ObjectNode> one(
            int line, String document, String submitter, Map<String, Uni<ObjectNode>> lastLineOfId) {
        try {
            DocumentSubmission submission = reader.fromJson(document);
            String id = mapper.documentId(submission);
            Uni<ObjectNode> earlier = lastLineOfId.get(id);
            Uni<SubmissionOutcome> outcome = earlier == null
                    ? ingest.ingest(submission, submitter)
                    : earlier.onItemOrFailure().transformToUni((item, failure) -> ingest.ingest(submission, submitter));
            // Memoized: the answer and a later line of the same id both wait on it, and it must run once.
            Uni<ObjectNode> result =
                    outcome.map(taken -> outcomeLine(line, taken)).memoize().indefinitely();
            lastLineOfId.put(id, result);
            return result;
        } catch (UnreadableDocument e) {
            return Uni.createFrom().item(problemLine(line, SubmissionAnswers.problem(e)));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(problemLine(line, ProblemMappers.describe(e)));
        } catch (RuntimeException e) {
            return Uni.createFrom().item(problemLine(line, ProblemMappers.describe(e)));
        }
    }

    private ObjectNode outcomeLine(int line, SubmissionOutcome outcome) {
        if (!SubmissionAnswers.taken(outcome)) {
            return problemLine(line, SubmissionAnswers.problem(outcome));
        }
        SubmissionReceipt receipt = answers.receipt(outcome);
        return json.createObjectNode()
                .put("line", line)
                .put("status", answers.status(outcome))
                .put("documentId", receipt.documentId())
                .put("location", receipt.location());
    }

    private ObjectNode problemLine(int line, Problem problem) {
        if (problem.status() != UNAVAILABLE) {
            metrics.rejected(problem.kind().slug());
        }
        ObjectNode result = json.createObjectNode().put("line", line).put("status", problem.status());
        result.set("problem", json.valueToTree(problem));
        return result;
    }

    private Response answer(List<ObjectNode> results) {
        boolean kafkaFailed =
                results.stream().anyMatch(result -> result.path("status").asInt() == UNAVAILABLE);
        String body = results.stream().map(ObjectNode::toString).collect(Collectors.joining("\n", "", "\n"));
        Response.ResponseBuilder response = Response.status(
                        kafkaFailed ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .type(NDJSON)
                .entity(body);
        if (kafkaFailed) {
            response.header(HttpHeaders.RETRY_AFTER, answers.retryAfterSeconds());
        }
        return response.build();
    }
}
