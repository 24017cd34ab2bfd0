package io.claimflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimflow.stack.PipelineServices.InstancePorts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances of each service: names, logs, ports and match-service's index folders per instance, and one
 * instance killed and started again. The processes are {@link ReadyServer}s in place of the packaged services.
 */
class PipelineServicesTest {

    @TempDir
    Path work;

    @Test
    void runsEveryInstanceUnderItsOwnNameLogPortAndIndexAndStartsAKilledOneAgainUnderItsNumber() throws Exception {
        Path logs = work.resolve("logs");
        PipelineWiring wiring = new PipelineWiring(
                "127.0.0.1:9",
                new DatabaseCoordinates("jdbc:postgresql://127.0.0.1:9/none", "u", "p"),
                "http://store",
                "http://ingest",
                work);
        InstancePorts ports = InstancePorts.free();
        try (PipelineServices services = new PipelineServices(checkout(), logs, wiring, ports, 2)) {
            services.startAll(Map.of(ClaimflowService.EXTRACT, Map.of("claimflow.extract.warm-up", "PT0S")));

            for (ClaimflowService service : ClaimflowService.values()) {
                assertThat(services.instancesOf(service)).containsExactly(1, 2);
                assertThat(services.processOf(service, 2).orElseThrow().name()).isEqualTo(service.serviceName() + "-2");
            }
            assertThat(Files.readString(logs.resolve("extract-service.log")))
                    .contains("quarkus.http.port=" + ports.portOf(ClaimflowService.EXTRACT, 1))
                    .contains("claimflow.extract.warm-up=PT0S");
            assertThat(Files.readString(logs.resolve("extract-service-2.log")))
                    .contains("quarkus.http.port=" + ports.portOf(ClaimflowService.EXTRACT, 2))
                    .contains("claimflow.extract.warm-up=PT0S");
            assertThat(Files.readString(logs.resolve("match-service.log")))
                    .contains("claimflow.match.index-folder=" + work.resolve("match-index"));
            assertThat(Files.readString(logs.resolve("match-service-2.log")))
                    .contains("claimflow.match.index-folder=" + work.resolve("match-index-2"));
            assertThat(services.urlOf(ClaimflowService.STORE))
                    .isEqualTo("http://127.0.0.1:" + ports.portOf(ClaimflowService.STORE, 1));

            long killedPid =
                    services.processOf(ClaimflowService.MATCH, 1).orElseThrow().pid();
            services.kill(ClaimflowService.MATCH, 1);
            assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(services.instancesOf(ClaimflowService.MATCH)).containsExactly(2);
            assertThatThrownBy(() -> services.kill(ClaimflowService.MATCH, 1))
                    .hasMessageContaining("instance 1 of match-service does not run");

            assertThat(services.startInstance(ClaimflowService.MATCH)).isEqualTo(1);
            assertThat(services.startInstance(ClaimflowService.MATCH)).isEqualTo(3);
            assertThat(services.instancesOf(ClaimflowService.MATCH)).containsExactly(1, 2, 3);
            assertThat(Files.readString(logs.resolve("match-service.log")))
                    .as("started again under its number, on its port, with its index")
                    .containsPattern("(?s)index-folder=" + work.resolve("match-index") + "\\R.*index-folder="
                            + work.resolve("match-index") + "\\R");
            assertThat(logs.resolve("match-service-3.log")).exists();

            services.kill(ClaimflowService.INGEST);
            assertThat(services.instancesOf(ClaimflowService.INGEST))
                    .as("the lowest killed")
                    .containsExactly(2);
            assertThat(services.exited()).isEmpty();
        }
    }

    @Test
    void spacedPortsPutEachFurtherInstanceTenHigher() {
        InstancePorts ports = InstancePorts.spaced(Map.of(
                ClaimflowService.INGEST, 8081,
                ClaimflowService.EXTRACT, 8082,
                ClaimflowService.STORE, 8083,
                ClaimflowService.MATCH, 8084));

        assertThat(List.of(1, 2, 3).stream().map(instance -> ports.portOf(ClaimflowService.INGEST, instance)))
                .containsExactly(8081, 8091, 8101);
        assertThat(ports.portOf(ClaimflowService.MATCH, 2)).isEqualTo(8094);
    }

    @Test
    void freePortsAreChosenOncePerInstance() {
        InstancePorts ports = InstancePorts.free();

        assertThat(ports.portOf(ClaimflowService.STORE, 2)).isEqualTo(ports.portOf(ClaimflowService.STORE, 2));
        assertThat(ports.portOf(ClaimflowService.STORE, 2)).isNotEqualTo(ports.portOf(ClaimflowService.STORE, 1));
    }

    @Test
    void refusesNoInstances() {
        assertThatThrownBy(() -> new PipelineServices(work, work, null, InstancePorts.free(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A checkout whose every service jar starts a {@link ReadyServer} from this test's classes. */
    private Path checkout() throws IOException {
        Path home = work.resolve("home");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ReadyServer.class.getName());
        Path classes = Path.of(ReadyServer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        manifest.getMainAttributes()
                .put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        for (ClaimflowService service : ClaimflowService.values()) {
            Path jar = service.jarIn(home);
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // The manifest is the whole jar: its class path holds the server.
            }
        }
        return home;
    }
}
