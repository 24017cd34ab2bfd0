package io.claimflow.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimflow.cli.client.IngestClient;
import io.claimflow.cli.client.StoreClient;
import io.claimflow.cli.demo.DemoDocuments;
import io.claimflow.cli.stack.LocalStack;
import io.claimflow.cli.stack.StackSettings;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.ServiceProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimflow up}: the whole pipeline on this machine, no Docker needed, until Ctrl-C. */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a Kafka broker (KRaft, in this process), PostgreSQL (embedded, from Maven binaries, unless "
                    + "--db-url is given)"
                    + " and the four services from their packaged jars; waits until all are ready, prints where "
                    + "they are,"
                    + " and runs until Ctrl-C, which stops everything. Data and logs stay in --data, so the next "
                    + "'up' finds them again."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped by Ctrl-C",
            "1:a part failed to start or stopped on its own",
            "3:a port is taken, a service is not built or another 'up' runs on the data folder"
        })
public class UpCommand implements Callable<Integer> {

    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(3);
    private static final int DEMO_CLAIMS = 8;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description =
                    "Where the broker, PostgreSQL and the logs keep their files (default: .claimflow in the checkout).")
    Path data;

    @Option(
            names = "--kafka-port",
            defaultValue = "9092",
            description = "Kafka broker port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(
            names = "--ingest-port",
            defaultValue = "8081",
            description = "ingest-service port (default: ${DEFAULT-VALUE}).")
    int ingestPort;

    @Option(
            names = "--extract-port",
            defaultValue = "8082",
            description = "extract-service port (default: ${DEFAULT-VALUE}).")
    int extractPort;

    @Option(
            names = "--store-port",
            defaultValue = "8083",
            description = "store-service port (default: ${DEFAULT-VALUE}).")
    int storePort;

    @Option(
            names = "--match-port",
            defaultValue = "8084",
            description = "match-service port (default: ${DEFAULT-VALUE}).")
    int matchPort;

    @Option(
            names = "--postgres-port",
            defaultValue = "0",
            description = "Embedded PostgreSQL port (default: any free port).")
    int postgresPort;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            description = "Use this PostgreSQL instead of the embedded one, e.g. jdbc:postgresql://db:5432/claimflow.")
    String dbUrl;

    @Option(
            names = "--db-user",
            defaultValue = "claimflow",
            description = "User of --db-url (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(
            names = "--db-password",
            defaultValue = "claimflow",
            description = "Password of --db-url (default: ${DEFAULT-VALUE}).")
    String dbPassword;

    @Option(
            names = "--instances",
            paramLabel = "N",
            defaultValue = "1",
            description = "Instances of each service (default: ${DEFAULT-VALUE}); the Nth listens on its service's port"
                    + " plus 10 times N-1 (8081, 8091, ...), and match-service's extra instances are standbys."
                    + " More instances than partitions (claimflow.kafka.partitions) get no work.")
    int instances;

    @Option(names = "--demo", description = "Also ingest the sample documents and print some of the claims found.")
    boolean demo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (instances < 1) {
            throw new ParameterException(spec.commandLine(), "--instances must be at least 1, not " + instances);
        }
        Path home = StackSettings.checkout();
        Path dataDirectory = (data != null ? data : StackSettings.defaultDataDirectory(home))
                .toAbsolutePath()
                .normalize();
        StackSettings settings = new StackSettings(
                home,
                dataDirectory,
                kafkaPort,
                ingestPort,
                extractPort,
                storePort,
                matchPort,
                postgresPort,
                dbUrl == null ? null : new DatabaseCoordinates(dbUrl, dbUser, dbPassword),
                instances);
        LocalStack stack = new LocalStack(settings);
        try {
            List<String> leftovers = stack.claimDataFolder();
            if (!leftovers.isEmpty()) {
                out.println("Stopped what the last claimflow up on " + dataDirectory + " left running: "
                        + String.join(", ", leftovers));
            }
        } catch (IllegalStateException e) {
            err.println("claimflow up: " + e.getMessage());
            return 3;
        }
        List<String> problems = stack.preflight();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("claimflow up: " + problem));
            return 3;
        }
        out.println("Starting Claimflow (data and logs in " + dataDirectory + ") ...");
        out.flush();
        // The hook goes in before the start: a Ctrl-C or SIGTERM while the services are still starting must stop the
        // ones already launched, not leave them running without the broker and database they need.
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopping.set(true);
                            out.println("Stopping Claimflow ...");
                            out.flush();
                            stack.close();
                            out.println("Stopped.");
                            out.flush();
                        },
                        "claimflow-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (stopping.get()) {
                return 130;
            }
            err.println("claimflow up: could not start: " + e.getMessage());
            err.println("The logs are in " + settings.logs());
            return 1;
        }
        printWhereEverythingIs(out, settings, stack.database());
        if (demo) {
            runDemo(out, settings);
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return waitForAFailure(err, stack, stopping);
    }

    static void printWhereEverythingIs(PrintWriter out, StackSettings settings, DatabaseCoordinates database) {
        out.println("Claimflow is up"
                + (settings.instances() > 1
                        ? ", " + settings.instances() + " instances of each"
                                + " service (match-service: one active, the others standing by):"
                        : ":"));
        out.println("  explorer    " + settings.storeUrl()
                + "/explorer/   (the web explorer: claims, documents, narratives)");
        out.println(
                "  ingest      " + settings.ingestUrl() + "/documents   (POST documents; claimflow ingest FILE...)");
        printOtherInstances(out, settings, ClaimflowService.INGEST, "/documents");
        out.println("  store       " + settings.storeUrl()
                + "/claims   (also /claims/stream, /documents/{id}, /claimants, /entities)");
        printOtherInstances(out, settings, ClaimflowService.STORE, "/claims");
        out.println("  extract     " + settings.extractUrl() + "/extract   (synchronous: POST /extract, POST /score)");
        printOtherInstances(out, settings, ClaimflowService.EXTRACT, "/extract");
        out.println("  match       " + settings.matchUrl() + "/q/health   (claims into narratives: topics "
                + Topics.CLAIM_MATCHES.name() + ", " + Topics.NARRATIVES.name() + ")");
        printOtherInstances(out, settings, ClaimflowService.MATCH, "/q/health");
        out.println("  OpenAPI     " + settings.ingestUrl() + "/q/openapi  " + settings.extractUrl() + "/q/openapi  "
                + settings.storeUrl() + "/q/openapi  " + settings.matchUrl() + "/q/openapi");
        out.println("  Kafka       " + settings.bootstrapServers() + "   topics: "
                + Topics.ALL.stream().map(Topic::name).collect(Collectors.joining(", ")) + "   (claimflow tail)");
        out.println("  PostgreSQL  " + database.jdbcUrl().replaceFirst("\\?.*", "") + " (user " + database.username()
                + ")");
        out.println("  logs        " + settings.logs());
        out.flush();
    }

    /** The addresses of a service's instances after the first, on one line under the first's. */
    private static void printOtherInstances(
            PrintWriter out, StackSettings settings, ClaimflowService service, String path) {
        List<String> urls = settings.urlsOf(service);
        if (urls.size() > 1) {
            out.println("              and "
                    + urls.subList(1, urls.size()).stream()
                            .map(url -> url + path)
                            .collect(Collectors.joining("  ")));
        }
    }

    private void runDemo(PrintWriter out, StackSettings settings) throws InterruptedException {
        DemoDocuments.Documents documents = DemoDocuments.load();
        out.println("Ingesting " + documents.byName().size() + " documents from " + documents.source() + " ...");
        IngestClient ingest = new IngestClient(settings.ingestUrl(), null);
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, String> document : documents.byName().entrySet()) {
            IngestClient.Submission submission =
                    ingest.submitJson(Map.of("text", document.getValue(), "title", document.getKey()));
            out.println("  " + document.getKey() + "  " + submission.status() + "  " + submission.documentId());
            if (submission.accepted()) {
                ids.add(submission.documentId());
            }
        }
        out.flush();
        StoreClient store = new StoreClient(settings.storeUrl());
        if (!store.awaitComplete(ids, DEMO_TIMEOUT)) {
            out.println("Not every document was processed within " + DEMO_TIMEOUT + "; see the logs.");
            return;
        }
        out.println("The most check-worthy claims found:");
        for (JsonNode claim : store.claims("sort=score&limit=" + DEMO_CLAIMS).path("items")) {
            out.println("  " + ClaimLines.format(toClaim(claim)));
        }
        out.flush();
    }

    private static ClaimExtracted toClaim(JsonNode json) {
        try {
            return EventJson.mapper().treeToValue(json, ClaimExtracted.class);
        } catch (IOException e) {
            throw new IllegalStateException("the store sent a claim the contract cannot read", e);
        }
    }

    /** Returns only when a service stopped on its own; Ctrl-C ends the JVM through the shutdown hook. */
    private static int waitForAFailure(PrintWriter err, LocalStack stack, AtomicBoolean stopping)
            throws InterruptedException {
        while (true) {
            Optional<ServiceProcess> exited = stack.exited();
            if (exited.isPresent() && !stopping.get()) {
                err.println("claimflow up: " + exited.get().name() + " stopped on its own; its log: "
                        + exited.get().log());
                err.flush();
                return 1;
            }
            Thread.sleep(1000);
        }
    }
}
