package io.claimflow.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.cli.client.IngestClient;
import io.claimflow.cli.client.ServerUnreachableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimflow ingest}: posts files, folders and web pages to ingest-service and prints what became of each. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Submits documents to ingest-service: .txt and .md files as text, .html/.htm as web pages, .json as one "
                    + "JSON document,"
                    + " .ndjson/.jsonl as a batch; a folder for every such file in it; an http(s) URL for the page "
                    + "it serves.",
            "Prints one line per document: its status, its id and where it came from."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document accepted (or known already)",
            "1:some document refused or unreadable",
            "3:ingest-service not reachable"
        })
public class IngestCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.of(
            "txt",
            "text/plain; charset=UTF-8",
            "md",
            "text/plain; charset=UTF-8",
            "html",
            "text/html",
            "htm",
            "text/html",
            "json",
            "application/json",
            "ndjson",
            "application/x-ndjson",
            "jsonl",
            "application/x-ndjson");

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL", description = "What to submit.")
    List<String> inputs;

    @Mixin
    Endpoints.Submissions ingest;

    @Option(names = "--source", description = "The source (publisher or feed) of the documents.")
    String source;

    @Option(names = "--language", description = "ISO 639-1 language of the documents, when known.")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestClient client = ingest.client();
        int failures = 0;
        try {
            for (String input : inputs) {
                failures += Inputs.isUrl(input)
                        ? submitPage(client, input, out, err)
                        : submitPath(client, Path.of(input), out, err);
            }
        } catch (ServerUnreachableException e) {
            err.println("claimflow ingest: " + e.getMessage());
            return 3;
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int submitPath(IngestClient client, Path path, PrintWriter out, PrintWriter err) {
        if (!Files.exists(path)) {
            err.println("claimflow ingest: " + path + ": no such file or folder");
            return 1;
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> TYPES.containsKey(Inputs.extension(file)))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                err.println("claimflow ingest: " + path + ": cannot be read (" + e.getMessage() + ")");
                return 1;
            }
        } else if (TYPES.containsKey(Inputs.extension(path))) {
            files.add(path);
        } else {
            err.println("claimflow ingest: " + path
                    + ": unknown kind of file; use .txt, .md, .html, .htm, .json, .ndjson or .jsonl");
            return 1;
        }
        int failures = 0;
        for (Path file : files) {
            try {
                failures += report(submitFile(client, file), file.toString(), out);
            } catch (IOException e) {
                err.println("claimflow ingest: " + file + ": cannot be read (" + e.getMessage() + ")");
                failures++;
            }
        }
        return failures;
    }

    private IngestClient.Submission submitFile(IngestClient client, Path file) throws IOException {
        String type = TYPES.get(Inputs.extension(file));
        Map<String, String> metadata = metadata();
        if (type.startsWith("text/plain")) {
            // Plain text has no title of its own; a page has its <title>, which metadata given beside it would
            // override.
            metadata.put("title", file.getFileName().toString());
        }
        return client.submit(Files.readAllBytes(file), type, type.startsWith("text/") ? metadata : Map.of());
    }

    private int submitPage(IngestClient client, String url, PrintWriter out, PrintWriter err) {
        HttpResponse<byte[]> page;
        try {
            page = Inputs.WEB.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            err.println("claimflow ingest: " + url + ": cannot be fetched (" + e.getMessage() + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        String type = page.headers().firstValue("Content-Type").orElse("text/html");
        if (page.statusCode() != 200 || !(type.startsWith("text/html") || type.startsWith("text/plain"))) {
            err.println("claimflow ingest: " + url + ": answered " + page.statusCode() + " with " + type
                    + "; only HTML and text pages are taken");
            return 1;
        }
        Map<String, String> metadata = metadata();
        metadata.put("url", page.uri().toString());
        return report(client.submit(page.body(), type, metadata), url, out);
    }

    /** Prints the outcome of one submission (of a batch: of each of its documents); answers how many were refused. */
    private static int report(IngestClient.Submission submission, String input, PrintWriter out) {
        if (!submission.isBatch()) {
            out.println(outcome(submission.status(), submission.documentId(), submission.detail()) + "  " + input);
            return submission.accepted() ? 0 : 1;
        }
        int refused = 0;
        for (JsonNode line : submission.batchLines()) {
            int status = line.path("status").asInt();
            out.println(outcome(
                            status,
                            line.path("documentId").asText(null),
                            line.at("/problem/detail").asText(null)) + "  " + input + ":"
                    + line.path("line").asInt());
            refused += status == 200 || status == 202 ? 0 : 1;
        }
        return refused;
    }

    private static String outcome(int status, String documentId, String detail) {
        return switch (status) {
            case 202 -> "accepted   " + documentId;
            case 200 -> "duplicate  " + documentId;
            default -> "refused " + status + "  " + (detail == null ? "" : detail);
        };
    }

    private Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (source != null) {
            metadata.put("source", source);
        }
        if (language != null) {
            metadata.put("language", language);
        }
        return metadata;
    }
}
