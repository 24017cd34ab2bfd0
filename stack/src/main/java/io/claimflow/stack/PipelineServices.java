package io.claimflow.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The services of a pipeline as processes from their packaged jars, one or more instances of each, every instance on
 * its own port with its own log: started in {@link ClaimflowService} order, waited for until ready, and stopped, killed
 * or started again one by one with the same settings. The one way both {@code claimflow up} and the end-to-end tests
 * run them. Instances are numbered from 1; the first carries the service's plain name ({@code extract-service.log}),
 * further ones their number ({@code extract-service-2.log}), and an instance started after one stopped takes the lowest
 * free number, so it finds that one's port, log and (match-service) index again.
 */
public final class PipelineServices implements AutoCloseable {

    /** How long a service may take to report ready: a cold JVM on a busy two-core machine. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path home;
    private final Path logs;
    private final PipelineWiring wiring;
    private final InstancePorts ports;
    private final int instances;
    private final Map<ClaimflowService, NavigableMap<Integer, ServiceProcess>> running =
            new EnumMap<>(ClaimflowService.class);
    /** Set by {@link #close()}, which a shutdown hook may call while another thread is still launching services. */
    private boolean closed;

    /**
     * One instance of each service.
     *
     * @param home the checkout whose packaged services run
     * @param logs the folder of the services' log files
     * @param wiring what the services share
     * @param ports each service's HTTP port
     */
    public PipelineServices(Path home, Path logs, PipelineWiring wiring, Map<ClaimflowService, Integer> ports) {
        this(home, logs, wiring, InstancePorts.spaced(ports), 1);
    }

    /**
     * {@code instances} instances of each service.
     *
     * @param ports the HTTP port of each instance
     * @param instances how many instances of each service {@link #startAll} starts, at least 1
     */
    public PipelineServices(Path home, Path logs, PipelineWiring wiring, InstancePorts ports, int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("at least one instance of each service, not " + instances);
        }
        this.home = home;
        this.logs = logs;
        this.wiring = wiring;
        this.ports = ports;
        this.instances = instances;
        for (ClaimflowService service : ClaimflowService.values()) {
            running.put(service, new TreeMap<>());
        }
    }

    /** The name of an instance of something: the name itself for the first, with {@code -N} appended for the Nth. */
    public static String instanceName(String name, int instance) {
        return instance == 1 ? name : name + "-" + instance;
    }

    /**
     * Starts every instance of every service, some services with settings of their own beyond the wiring's (API keys
     * on, say), and returns once all are ready; on failure stops what started and throws.
     */
    public void startAll(Map<ClaimflowService, Map<String, String>> settings) {
        try {
            for (ClaimflowService service : ClaimflowService.values()) {
                for (int instance = 1; instance <= instances; instance++) {
                    launch(service, settings.getOrDefault(service, Map.of()));
                }
            }
            for (ClaimflowService service : ClaimflowService.values()) {
                instancesOf(service).forEach(instance -> awaitReady(service, instance));
            }
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

    /**
     * Starts an instance of the service (the lowest number not running) with some settings changed for this run of it,
     * and waits until it is ready.
     */
    public void restart(ClaimflowService service, Map<String, String> overrides) {
        startInstance(service, overrides);
    }

    /**
     * Starts one more instance of the service, the lowest number not running; waits until ready, answers its number.
     */
    public int startInstance(ClaimflowService service) {
        return startInstance(service, Map.of());
    }

    /** {@link #startInstance(ClaimflowService)} with some settings changed for this instance. */
    public int startInstance(ClaimflowService service, Map<String, String> overrides) {
        int instance = launch(service, overrides);
        awaitReady(service, instance);
        return instance;
    }

    /** {@code kill -9} of the service's lowest-numbered instance: no shutdown hook, no goodbye to anyone. */
    public void kill(ClaimflowService service) {
        kill(service, first(service));
    }

    /** {@code kill -9} of one instance of the service. */
    public void kill(ClaimflowService service, int instance) {
        remove(service, instance).kill();
    }

    /**
     * SIGTERM to the service's lowest-numbered instance; answers whether it shut down by itself in the grace period.
     */
    public boolean terminate(ClaimflowService service) {
        return terminate(service, first(service));
    }

    /** SIGTERM to one instance of the service; answers whether it shut down by itself within the grace period. */
    public boolean terminate(ClaimflowService service, int instance) {
        return remove(service, instance).terminate();
    }

    /** The numbers of the service's running instances, lowest first. */
    public synchronized List<Integer> instancesOf(ClaimflowService service) {
        return List.copyOf(running.get(service).keySet());
    }

    /** The base URL of the service's first instance. */
    public String urlOf(ClaimflowService service) {
        return urlOf(service, 1);
    }

    /** The base URL of one instance of the service. */
    public String urlOf(ClaimflowService service, int instance) {
        return "http://127.0.0.1:" + ports.portOf(service, instance);
    }

    /** The running instance's process, for its pid, name and log. */
    public synchronized Optional<ServiceProcess> processOf(ClaimflowService service, int instance) {
        return Optional.ofNullable(running.get(service).get(instance));
    }

    /** The first service process that exited, if one did. */
    public synchronized Optional<ServiceProcess> exited() {
        return processes().stream().filter(process -> !process.isAlive()).findFirst();
    }

    /** The end of every running service's log, for failure messages. */
    public synchronized String logTails() {
        return processes().stream()
                .map(process -> "\n--- " + process.name() + " (" + process.log() + ") ---\n" + process.logTail(30))
                .collect(Collectors.joining());
    }

    /** Stops the services in reverse start order, each instance with SIGTERM and time to finish its work. */
    @Override
    public synchronized void close() {
        closed = true;
        List<ServiceProcess> order = processes();
        running.values().forEach(Map::clear);
        Collections.reverse(order);
        order.forEach(ServiceProcess::close);
    }

    private synchronized List<ServiceProcess> processes() {
        List<ServiceProcess> all = new ArrayList<>();
        for (ClaimflowService service : ClaimflowService.values()) {
            all.addAll(running.get(service).values());
        }
        return all;
    }

    private synchronized int first(ClaimflowService service) {
        NavigableMap<Integer, ServiceProcess> instancesRunning = running.get(service);
        if (instancesRunning.isEmpty()) {
            throw new IllegalStateException("no instance of " + service + " runs");
        }
        return instancesRunning.firstKey();
    }

    private synchronized ServiceProcess remove(ClaimflowService service, int instance) {
        ServiceProcess process = running.get(service).remove(instance);
        if (process == null) {
            throw new IllegalStateException("instance " + instance + " of " + service + " does not run");
        }
        return process;
    }

    private synchronized int launch(ClaimflowService service, Map<String, String> overrides) {
        if (closed) {
            throw new IllegalStateException("the services were stopped before " + service + " started");
        }
        NavigableMap<Integer, ServiceProcess> instancesRunning = running.get(service);
        int instance = 1;
        while (instancesRunning.containsKey(instance)) {
            instance++;
        }
        Map<String, String> properties =
                new HashMap<>(wiring.propertiesOf(service, instance, ports.portOf(service, instance)));
        properties.putAll(overrides);
        String name = instanceName(service.serviceName(), instance);
        instancesRunning.put(
                instance,
                ServiceProcess.start(
                        name, service.jarIn(home), properties, service.jvmOptions(), logs.resolve(name + ".log")));
        return instance;
    }

    private void awaitReady(ClaimflowService service, int instance) {
        Readiness.await(urlOf(service, instance), READY_TIMEOUT);
        if (!processOf(service, instance).map(ServiceProcess::isAlive).orElse(false)) {
            throw new IllegalStateException(instanceName(service.serviceName(), instance) + " exited");
        }
    }

    /** The HTTP port of each instance of each service. */
    @FunctionalInterface
    public interface InstancePorts {

        /** How far apart the ports of a service's instances are in {@link #spaced}: 8081, 8091, 8101, … */
        int STEP = 10;

        int portOf(ClaimflowService service, int instance);

        /**
         * The first instance on the given port, each further one {@link #STEP} higher, so the default ports (8081 to
         * 8084) give every instance of every service its own, easy to tell apart.
         */
        static InstancePorts spaced(Map<ClaimflowService, Integer> first) {
            Map<ClaimflowService, Integer> ports = Map.copyOf(first);
            return (service, instance) -> ports.get(service) + STEP * (instance - 1);
        }

        /** A free port for each instance, chosen when first asked and the same after. */
        static InstancePorts free() {
            Map<String, Integer> chosen = new ConcurrentHashMap<>();
            return (service, instance) -> chosen.computeIfAbsent(service + "#" + instance, key -> FreePorts.next());
        }
    }
}
