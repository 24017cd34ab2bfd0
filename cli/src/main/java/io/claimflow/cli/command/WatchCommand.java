package io.claimflow.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimflow.cli.client.ServerUnreachableException;
import io.claimflow.cli.client.StoreClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimflow watch}: the watches of a running store-service, saved claim filters that fire alerts. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Watches: saved claim filters whose alerts go to claimflow.alerts.v1 and, if given, a webhook.",
        subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class})
public class WatchCommand {

    /** Runs a request to the store, turning its failures into the exit codes every watch command shares. */
    abstract static class StoreCall implements Callable<Integer> {

        @Mixin
        Endpoints.Store store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                int code = run(new StoreClient(store.url), out, err);
                out.flush();
                return code;
            } catch (ServerUnreachableException e) {
                err.println("claimflow watch " + spec.name() + ": " + e.getMessage());
                return 3;
            } catch (IllegalStateException e) {
                err.println("claimflow watch " + spec.name() + ": " + e.getMessage());
                return 1;
            }
        }

        abstract int run(StoreClient client, PrintWriter out, PrintWriter err);
    }

    /** {@code claimflow watch add}: defines a watch. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Defines a watch (POST /watches); prints its id. The filters mean what GET /claims's do.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:defined", "1:refused (each wrong field is named)", "3:store-service not reachable"})
    static class Add extends StoreCall {

        @Option(names = "--name", required = true, description = "What to call it.")
        String name;

        @Option(names = "--claimant", description = "The claimant's name, any case.")
        String claimant;

        @Option(names = "--entity", description = "The normalised form of an entity the claim mentions, any case.")
        String entity;

        @Option(names = "--narrative", description = "A narrative id (a merged one stands for its survivor).")
        String narrative;

        @Option(names = "--query", description = "Words to find (full-text, as q of GET /claims).")
        String query;

        @Option(names = "--fact-checked", description = "Only claims that match a published fact-check.")
        boolean factChecked;

        @Option(names = "--verdict", description = "A verdict of one of the claim's fact-checks, any case.")
        String verdict;

        @Option(names = "--min-score", description = "The least check-worthiness, 0 to 1.")
        Double minScore;

        @Option(names = "--webhook", description = "An http(s) URL each alert is posted to, signed.")
        String webhook;

        @Option(
                names = "--secret",
                defaultValue = "${env:CLAIMFLOW_WEBHOOK_SECRET}",
                description =
                        "The webhook's signing secret, at least 16 characters (default: $CLAIMFLOW_WEBHOOK_SECRET).")
        String secret;

        @Override
        int run(StoreClient client, PrintWriter out, PrintWriter err) {
            ObjectNode watch = JsonNodeFactory.instance.objectNode().put("name", name);
            putIfGiven(watch, "claimant", claimant);
            putIfGiven(watch, "entity", entity);
            putIfGiven(watch, "narrative", narrative);
            putIfGiven(watch, "q", query);
            if (factChecked) {
                watch.put("factChecked", true);
            }
            putIfGiven(watch, "verdict", verdict);
            if (minScore != null) {
                watch.put("minScore", minScore);
            }
            putIfGiven(watch, "webhook", webhook);
            // The secret goes only with a webhook: one from the environment alone would be refused.
            putIfGiven(watch, "secret", webhook == null ? null : secret);
            StoreClient.Answer answer = client.addWatch(watch);
            if (answer.status() == 201) {
                out.println(line(answer.body()));
                return 0;
            }
            err.println("claimflow watch add: store-service answered " + answer.status() + ": "
                    + answer.body().path("detail").asText());
            return 1;
        }

        private static void putIfGiven(ObjectNode watch, String field, String value) {
            if (value != null && !value.isBlank()) {
                watch.put(field, value);
            }
        }
    }

    /** {@code claimflow watch list}: one line per watch. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the watches, oldest first: id, name, filters, webhook, and its last error if any.")
    static class ListWatches extends StoreCall {

        @Override
        int run(StoreClient client, PrintWriter out, PrintWriter err) {
            for (JsonNode watch : client.watches()) {
                out.println(line(watch));
            }
            return 0;
        }
    }

    /** {@code claimflow watch rm}: deletes a watch. */
    @Command(
            name = "rm",
            mixinStandardHelpOptions = true,
            description = "Deletes a watch and its alerts not sent yet.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:deleted", "1:no watch has this id", "3:store-service not reachable"})
    static class Remove extends StoreCall {

        @Parameters(paramLabel = "ID", description = "The watch's id, as add and list print it.")
        String id;

        @Override
        int run(StoreClient client, PrintWriter out, PrintWriter err) {
            if (client.removeWatch(id)) {
                out.println("deleted " + id);
                return 0;
            }
            err.println("claimflow watch rm: no watch has the id " + id);
            return 1;
        }
    }

    /** A watch on one line: id, quoted name, filters as parameters, webhook, last error. */
    static String line(JsonNode watch) {
        List<String> parts = new ArrayList<>();
        parts.add(watch.path("watchId").asText());
        parts.add("\"" + watch.path("name").asText() + "\"");
        watch.path("filter")
                .fields()
                .forEachRemaining(filter ->
                        parts.add(filter.getKey() + "=" + filter.getValue().asText()));
        if (!watch.path("webhook").isMissingNode() && !watch.path("webhook").isNull()) {
            parts.add("webhook=" + watch.path("webhook").asText());
        }
        if (!watch.path("lastError").isMissingNode() && !watch.path("lastError").isNull()) {
            parts.add("lastError=\"" + watch.path("lastError").asText() + "\"");
        }
        return String.join("  ", parts);
    }
}
