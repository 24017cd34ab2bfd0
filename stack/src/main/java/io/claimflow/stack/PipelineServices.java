package io.claimflow.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The services of a pipeline as processes from their packaged jars, each on its own port with its own log: started in
 * {@link ClaimflowService} order, waited for until ready, and stopped, killed or restarted one by one with the same
 * settings. The one way both {@code claimflow up} and the end-to-end tests run them.
 */
public final class PipelineServices implements AutoCloseable {

    /** How long a service may take to report ready: a cold JVM on a busy two-core machine. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path home;
    private final Path logs;
    private final PipelineWiring wiring;
    private final Map<ClaimflowService, Integer> ports;
    private final Map<ClaimflowService, ServiceProcess> running = new EnumMap<>(ClaimflowService.class);
    /** Set by {@link #close()}, which a shutdown hook may call while another thread is still launching services. */
    private boolean closed;

    /**
     * @param home the checkout whose packaged services run
     * @param logs the folder of the services' log files
     * @param wiring what the services share
     * @param ports each service's HTTP port
     */
    public PipelineServices(Path home, Path logs, PipelineWiring wiring, Map<ClaimflowService, Integer> ports) {
        this.home = home;
        this.logs = logs;
        this.wiring = wiring;
        this.ports = Map.copyOf(ports);
    }

    /**
     * Starts every service, some with settings of their own beyond the wiring's (API keys on, say), and returns once
     * all are ready; on failure stops what started and throws.
     */
    public void startAll(Map<ClaimflowService, Map<String, String>> settings) {
        try {
            List.of(ClaimflowService.values())
                    .forEach(service -> launch(service, settings.getOrDefault(service, Map.of())));
            List.of(ClaimflowService.values()).forEach(this::awaitReady);
        } catch (RuntimeException e) {
            String tails = logTails();
            close();
            throw new IllegalStateException("the pipeline did not start: " + e.getMessage() + tails, e);
        }
    }

    /**
     * Starts one service alone and waits until it is ready, for measuring it without the rest of the pipeline (say
     * ingest-service with nothing behind it); the services it talks to must be up already or not needed.
     */
    public void start(ClaimflowService service) {
        try {
            restart(service, Map.of());
        } catch (RuntimeException e) {
            throw new IllegalStateException(service + " did not start: " + e.getMessage() + logTails(), e);
        }
    }

    /** Starts the service again with some settings changed for this run of it, and waits until it is ready. */
    public void restart(ClaimflowService service, Map<String, String> overrides) {
        launch(service, overrides);
        awaitReady(service);
    }

    /** {@code kill -9} of the service: no shutdown hook, no goodbye to the broker or the database. */
    public void kill(ClaimflowService service) {
        remove(service).kill();
    }

    /** SIGTERM to the service; answers whether it shut down by itself within the grace period. */
    public boolean terminate(ClaimflowService service) {
        return remove(service).terminate();
    }

    /** The base URL of a service. */
    public String urlOf(ClaimflowService service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The first service process that exited, if one did. */
    public synchronized Optional<ServiceProcess> exited() {
        return running.values().stream().filter(process -> !process.isAlive()).findFirst();
    }

    /** The end of every running service's log, for failure messages. */
    public synchronized String logTails() {
        return running.values().stream()
                .map(process -> "\n--- " + process.name() + " (" + process.log() + ") ---\n" + process.logTail(30))
                .collect(Collectors.joining());
    }

    /** Stops the services in reverse start order, each with SIGTERM and time to finish its work. */
    @Override
    public synchronized void close() {
        closed = true;
        List<ClaimflowService> order = new ArrayList<>(running.keySet());
        Collections.reverse(order);
        order.forEach(service -> running.remove(service).close());
    }

    private synchronized ServiceProcess remove(ClaimflowService service) {
        return running.remove(service);
    }

    private synchronized void launch(ClaimflowService service, Map<String, String> overrides) {
        if (closed) {
            throw new IllegalStateException("the services were stopped before " + service + " started");
        }
        Map<String, String> properties = new HashMap<>(wiring.propertiesOf(service, ports.get(service)));
        properties.putAll(overrides);
        Path log = logs.resolve(service.serviceName() + ".log");
        running.put(
                service,
                ServiceProcess.start(
                        service.serviceName(), service.jarIn(home), properties, service.jvmOptions(), log));
    }

    private void awaitReady(ClaimflowService service) {
        Readiness.await(urlOf(service), READY_TIMEOUT);
        ServiceProcess process;
        synchronized (this) {
            process = running.get(service);
        }
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(service + " exited");
        }
    }
}
