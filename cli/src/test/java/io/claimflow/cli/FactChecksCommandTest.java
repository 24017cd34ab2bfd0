package io.claimflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.factcheck.FactCheckReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code claimflow factchecks import} reads files whole before sending, and sends them in parts that ingest reads back
 * as they were; a stand-in ingest-service records the requests (the real one is tested by ingest-service's own tests).
 */
class FactChecksCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer ingest;

    @TempDir
    Path folder;

    @BeforeEach
    void startIngest() throws IOException {
        ingest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ingest.createContext("/factchecks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(exchange.getRequestHeaders().getFirst("Content-Type") + "\n" + body);
            int count = (int) body.lines().count();
            byte[] answer = ("{\"imported\": " + count + ", \"revised\": 0, \"unchanged\": 0, \"factChecks\": []}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        ingest.start();
    }

    @AfterEach
    void stopIngest() {
        ingest.stop(0);
    }

    @Test
    void aFolderIsImportedFileByFileInPartsThatReadBackAsTheyWere() throws Exception {
        Path csv = Files.writeString(folder.resolve("a.csv"), """
                claimReviewed,url,reviewRating.alternateName,author,language
                "Cash is banned, a post says",https://checks.example.org/1,False,Example,sv
                Raqqa fighters left,https://checks.example.org/2,Misleading,Example,en
                The moon is cheese,https://checks.example.org/3,False,Example,en
                """);
        Files.writeString(folder.resolve("b.jsonl"), "{\"id\": \"v1\", \"vclaim\": \"Fracking was banned.\"}\n");
        Files.writeString(folder.resolve("notes.txt"), "not a fact-check file");

        assertThat(run(folder.toString(), "--part-size", "2"))
                .as(err.toString())
                .isZero();

        assertThat(bodies).hasSize(3).allMatch(body -> body.startsWith("application/x-ndjson\n"));
        List<FactCheck> sent = bodies.stream()
                .flatMap(body -> read(body.substring(body.indexOf('\n') + 1)).stream())
                .toList();
        List<FactCheck> expected = new ArrayList<>(new FactCheckReader().read(csv));
        expected.add(new FactCheck("v1", null, "Fracking was banned.", null, null, null, null, null, null, null, null));
        assertThat(sent).isEqualTo(expected);
        assertThat(out.toString())
                .contains("imported 3, revised 0, unchanged 0  " + csv)
                .contains("imported 1, revised 0, unchanged 0  " + folder.resolve("b.jsonl"));
    }

    @Test
    void aBadFileIsNamedAndNothingOfItIsSent() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.jsonl"), """
                {"id": "1", "claimReviewed": "Fine."}
                {"id": "2", "url": "https://checks.example.org/2"}
                """);
        assertThat(run(bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ": record 2 (line 2): claimReviewed is missing");
        assertThat(bodies).isEmpty();
    }

    @Test
    void anUnreachableIngestIsExit3() throws Exception {
        Path file = Files.writeString(folder.resolve("one.jsonl"), "{\"id\": \"1\", \"claimReviewed\": \"Fine.\"}\n");
        ingest.stop(0);
        assertThat(run(file.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("ingest-service");
    }

    private static List<FactCheck> read(String ndjson) {
        try {
            return new FactCheckReader().read("sent", ndjson);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int run(String... args) {
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        all[0] = "factchecks";
        all[1] = "import";
        all[2] = "--ingest-url";
        all[3] = "http://127.0.0.1:" + ingest.getAddress().getPort();
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.execute(all);
    }
}
