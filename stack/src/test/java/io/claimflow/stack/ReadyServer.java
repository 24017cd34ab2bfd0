package io.claimflow.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.TreeMap;

/**
 * A process that stands in for a Claimflow service in {@link PipelineServicesTest}: it answers readiness on its
 * {@code quarkus.http.port} and prints the system properties it was started with, so the test can see how each instance
 * was launched without building the services.
 */
public final class ReadyServer {

    private ReadyServer() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getProperty("quarkus.http.port"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        new TreeMap<>(System.getProperties()).forEach((key, value) -> {
            if (key.toString().startsWith("claimflow.") || key.toString().startsWith("quarkus.")) {
                System.out.println(key + "=" + value);
            }
        });
        System.out.flush();
    }
}
