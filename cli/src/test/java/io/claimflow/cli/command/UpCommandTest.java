package io.claimflow.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.cli.ClaimflowCli;
import io.claimflow.cli.stack.LocalStack;
import io.claimflow.cli.stack.StackSettings;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.FreePorts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code claimflow up --instances N}: what it prints and what it checks before it starts anything. */
class UpCommandTest {

    private static final DatabaseCoordinates DATABASE =
            new DatabaseCoordinates("jdbc:postgresql://localhost:5432/claimflow?ssl=false", "claimflow", "secret");

    @TempDir
    Path data;

    @Test
    void oneInstancePrintsEachServiceOnceAsBefore() {
        String printed = printed(settings(8081, 1));

        assertThat(printed)
                .startsWith("Claimflow is up:\n")
                .contains("  ingest      http://localhost:8081/documents   (POST documents")
                .contains("  store       http://localhost:8083/claims   (")
                .contains("  PostgreSQL  jdbc:postgresql://localhost:5432/claimflow (user claimflow)")
                .doesNotContain(" and http");
    }

    @Test
    void severalInstancesPrintTheFirstAddressAsTheMainOneAndTheOthersBelowIt() {
        String printed = printed(settings(8081, 3));

        assertThat(printed)
                .contains("3 instances of each service (match-service: one active, the others standing by)")
                .contains("  ingest      http://localhost:8081/documents   (POST documents; claimflow ingest FILE...)\n"
                        + "              and http://localhost:8091/documents  http://localhost:8101/documents\n")
                .contains("  store       http://localhost:8083/claims   (also /claims/stream, /documents/{id}, "
                        + "/claimants, /entities)\n"
                        + "              and http://localhost:8093/claims  http://localhost:8103/claims\n")
                .contains("              and http://localhost:8092/extract  http://localhost:8102/extract\n")
                .contains("              and http://localhost:8094/q/health  http://localhost:8104/q/health\n");
    }

    @Test
    void aTakenPortOfAFurtherInstanceIsNamedBeforeAnythingStarts() throws IOException {
        int base = FreePorts.next();
        StackSettings settings = settings(base, 2);
        int second = settings.ports().portOf(ClaimflowService.STORE, 2);
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), second));

            assertThat(new LocalStack(settings).preflight())
                    .contains("port " + second + " is already in use; stop what listens there or choose another with"
                            + " --store-port (store-service 2)");
        }
    }

    @Test
    void portsOfInstancesThatMeetAreRefused() {
        // ingest 9000 and extract 9010: ingest's second instance would take extract's port.
        StackSettings settings = new StackSettings(Path.of("."), data, 19092, 9000, 9010, 9020, 9030, 0, DATABASE, 2);

        assertThat(new LocalStack(settings).preflight()).anyMatch(problem -> problem.startsWith("two parts are given"));
    }

    @Test
    void noInstancesIsABadOption() {
        StringWriter err = new StringWriter();
        CommandLine cli = ClaimflowCli.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(new StringWriter(), true)).setErr(new PrintWriter(err, true));

        assertThat(cli.execute("up", "--instances", "0", "--data", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--instances must be at least 1, not 0");
    }

    private StackSettings settings(int ingestPort, int instances) {
        return new StackSettings(
                Path.of("."),
                data,
                ingestPort + 11,
                ingestPort,
                ingestPort + 1,
                ingestPort + 2,
                ingestPort + 3,
                0,
                DATABASE,
                instances);
    }

    private static String printed(StackSettings settings) {
        StringWriter out = new StringWriter();
        UpCommand.printWhereEverythingIs(new PrintWriter(out, true), settings, DATABASE);
        return out.toString();
    }
}
