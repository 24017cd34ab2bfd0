package io.claimflow.cli.command;

import io.claimflow.cli.client.IngestClient;
import io.claimflow.cli.client.ServerUnreachableException;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.factcheck.FactCheckReader;
import io.claimflow.factcheck.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimflow factchecks}: the fact-check library of a running Claimflow. */
@Command(
        name = "factchecks",
        mixinStandardHelpOptions = true,
        description = "The fact-check library of a running Claimflow.",
        subcommands = FactChecksCommand.Import.class)
public class FactChecksCommand {

    /** {@code claimflow factchecks import}: reads fact-check files here and imports them through ingest-service. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Imports fact-checks through ingest-service (POST /factchecks): ClaimReview JSON-LD, NDJSON or CSV of"
                        + " the same fields, or a CheckThat! vclaims.jsonl, the format told by the content; a folder"
                        + " for every .json, .jsonld, .ndjson, .jsonl and .csv file in it; an http(s) URL for what it"
                        + " serves.",
                "Each file is read whole first (a bad record stops it, named, before anything is sent), then sent in"
                        + " parts of --part-size fact-checks. Prints per input how many were imported, revised and"
                        + " already known."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every fact-check imported (or known already)",
                "1:some input unreadable or refused",
                "3:ingest-service not reachable"
            })
    static class Import implements Callable<Integer> {

        private static final Set<String> EXTENSIONS = Set.of("json", "jsonld", "ndjson", "jsonl", "csv");

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL", description = "What to import.")
        List<String> inputs;

        @Mixin
        Endpoints.Submissions ingest;

        @Option(
                names = "--part-size",
                defaultValue = "1000",
                description = "Fact-checks per request, well under ingest's body limit (default: ${DEFAULT-VALUE}).")
        int partSize;

        @Spec
        CommandSpec spec;

        private final FactCheckReader reader = new FactCheckReader();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (partSize < 1) {
                err.println("claimflow factchecks import: --part-size must be at least 1, was " + partSize);
                return 2;
            }
            IngestClient client = ingest.client();
            int failures = 0;
            try {
                for (String input : inputs) {
                    for (String name : expand(input)) {
                        failures += importOne(client, name);
                    }
                }
            } catch (InvalidInputException e) {
                err.println("claimflow factchecks import: " + e.getMessage());
                return 1;
            } catch (ServerUnreachableException e) {
                err.println("claimflow factchecks import: " + e.getMessage());
                return 3;
            }
            spec.commandLine().getOut().flush();
            return failures == 0 ? 0 : 1;
        }

        /** The inputs an argument stands for: a URL, a file, or a folder's fact-check files in name order. */
        private static List<String> expand(String input) throws InvalidInputException {
            Path path = Path.of(input);
            if (Inputs.isUrl(input) || !Files.isDirectory(path)) {
                return List.of(input);
            }
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(Files::isRegularFile)
                        .filter(file -> EXTENSIONS.contains(Inputs.extension(file)))
                        .sorted()
                        .map(Path::toString)
                        .toList();
            } catch (IOException e) {
                throw new InvalidInputException(input + ": cannot be read (" + e.getMessage() + ")");
            }
        }

        private int importOne(IngestClient client, String input) {
            PrintWriter out = spec.commandLine().getOut();
            List<FactCheck> factChecks;
            try {
                factChecks = Inputs.isUrl(input) ? reader.read(input, fetch(input)) : reader.read(Path.of(input));
            } catch (InvalidInputException e) {
                spec.commandLine().getErr().println("claimflow factchecks import: " + e.getMessage());
                return 1;
            }
            int[] counts = new int[3];
            for (int from = 0; from < factChecks.size(); from += partSize) {
                List<FactCheck> part = factChecks.subList(from, Math.min(factChecks.size(), from + partSize));
                IngestClient.Import answer = client.importFactChecks(ndjson(part));
                if (!answer.taken()) {
                    out.println("refused " + answer.status() + "  " + answer.detail() + "  " + input + " (fact-checks "
                            + (from + 1) + " to " + (from + part.size()) + ")");
                    return 1;
                }
                counts[0] += answer.imported();
                counts[1] += answer.revised();
                counts[2] += answer.unchanged();
            }
            out.println("imported " + counts[0] + ", revised " + counts[1] + ", unchanged " + counts[2] + "  " + input);
            return 0;
        }

        /** The fact-checks as the topic carries them, which every import format reads back as they are. */
        private static byte[] ndjson(List<FactCheck> factChecks) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                for (FactCheck factCheck : factChecks) {
                    body.write(EventJson.mapper().writeValueAsBytes(factCheck));
                    body.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("a fact-check cannot be written as JSON", e);
            }
            return body.toByteArray();
        }

        private static String fetch(String url) throws InvalidInputException {
            try {
                HttpResponse<String> page = Inputs.WEB.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (page.statusCode() != 200) {
                    throw new InvalidInputException(url + ": answered " + page.statusCode());
                }
                return page.body();
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(url + ": cannot be fetched (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InvalidInputException(url + ": fetching was interrupted");
            }
        }
    }
}
