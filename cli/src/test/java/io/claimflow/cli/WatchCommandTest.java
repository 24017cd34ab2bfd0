package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code claimflow watch add|list|rm} send what store-service's {@code /watches} takes and print what it answers; a
 * stand-in store-service keeps one watch and records the requests (the real one is tested by store-service's own tests,
 * WatchAlertsTest).
 */
class WatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer store;

    @BeforeEach
    void startStore() throws IOException {
        store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        store.createContext("/watches", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " " + body);
            switch (exchange.getRequestMethod()) {
                case "POST" -> {
                    JsonNode watch = JSON.readTree(body);
                    if (watch.path("minScore").asDouble() > 1) {
                        answer(
                                exchange,
                                400,
                                "{\"type\":\"urn:claimflow:problem:invalid-field\",\"status\":400,"
                                        + "\"detail\":\"minScore must be a number from 0 to 1\"}");
                    } else {
                        answer(exchange, 201, watchJson());
                    }
                }
                case "GET" -> answer(exchange, 200, "[" + watchJson() + "]");
                case "DELETE" -> answer(exchange, path.endsWith("/w-1") ? 204 : 404, null);
                default -> answer(exchange, 405, null);
            }
        });
        store.start();
    }

    @AfterEach
    void stopStore() {
        store.stop(0);
    }

    @Test
    void addSendsTheFiltersAndTheWebhookAndPrintsTheWatch() throws Exception {
        int code = run(
                "add",
                "--name",
                "Raqqa debunked",
                "--claimant",
                "Surovikin",
                "--query",
                "convoy",
                "--fact-checked",
                "--verdict",
                "False",
                "--min-score",
                "0.5",
                "--webhook",
                "https://hooks.example/a",
                "--secret",
                "sixteen-chars-or-more");

        assertThat(code).as(err.toString()).isZero();
        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).startsWith("POST /watches ");
        JsonNode sent = JSON.readTree(request.substring("POST /watches ".length()));
        assertThat(sent.path("name").asText()).isEqualTo("Raqqa debunked");
        assertThat(sent.path("claimant").asText()).isEqualTo("Surovikin");
        assertThat(sent.path("q").asText()).isEqualTo("convoy");
        assertThat(sent.path("factChecked").asBoolean()).isTrue();
        assertThat(sent.path("verdict").asText()).isEqualTo("False");
        assertThat(sent.path("minScore").asDouble()).isEqualTo(0.5);
        assertThat(sent.path("webhook").asText()).isEqualTo("https://hooks.example/a");
        assertThat(sent.path("secret").asText()).isEqualTo("sixteen-chars-or-more");
        assertThat(sent.has("entity")).as("absent options are not sent").isFalse();
        assertThat(out.toString()).startsWith("w-1  \"Raqqa debunked\"  claimant=Surovikin");
    }

    @Test
    void aRefusedWatchIsReportedWithTheStoresDetail() {
        assertThat(run("add", "--name", "n", "--min-score", "2")).isEqualTo(1);
        assertThat(err.toString()).contains("400").contains("minScore must be a number from 0 to 1");
    }

    @Test
    void listPrintsAWatchPerLineAndRmDeletesByIdOrSaysThereIsNone() {
        assertThat(run("list")).isZero();
        assertThat(out.toString().lines().toList())
                .containsExactly("w-1  \"Raqqa debunked\"  claimant=Surovikin  webhook=https://hooks.example/a"
                        + "  lastError=\"the webhook answered HTTP 503\"");

        assertThat(run("rm", "w-1")).isZero();
        assertThat(out.toString()).contains("deleted w-1");
        assertThat(run("rm", "w-2")).isEqualTo(1);
        assertThat(err.toString()).contains("no watch has the id w-2");
        assertThat(requests).contains("DELETE /watches/w-1 ", "DELETE /watches/w-2 ");
    }

    @Test
    void anUnreachableStoreExitsWithThree() {
        int port = store.getAddress().getPort();
        store.stop(0);
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        assertThat(cli.execute("watch", "list", "--store-url", "http://127.0.0.1:" + port))
                .isEqualTo(3);
    }

    private static String watchJson() {
        return "{\"watchId\":\"w-1\",\"name\":\"Raqqa debunked\",\"filter\":{\"claimant\":\"Surovikin\"},"
                + "\"webhook\":\"https://hooks.example/a\",\"lastError\":\"the webhook answered HTTP 503\"}";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private int run(String... args) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "watch";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store-url";
        all[args.length + 2] = "http://127.0.0.1:" + store.getAddress().getPort();
        return cli.execute(all);
    }
}
