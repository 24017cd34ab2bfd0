package io.claimflow.store;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A watch's webhook in the test: the JDK's HTTP server, answering the n-th request (from 0) with the status a script
 * gives, and checking each request's signature the way a receiver should: HMAC-SHA256 of the raw body with the shared
 * secret, compared in constant time.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String body, String signature, String alertId, boolean signatureValid) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver(String secret, IntUnaryOperator statusOfRequest) throws IOException {
        this(secret, statusOfRequest, 0);
    }

    /** A receiver on the given port (0: any free one), as a webhook that comes back at its address after a restart. */
    WebhookReceiver(String secret, IntUnaryOperator statusOfRequest, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Claimflow-Signature");
            received.add(new Received(
                    new String(body, StandardCharsets.UTF_8),
                    signature,
                    exchange.getRequestHeaders().getFirst("X-Claimflow-Alert-Id"),
                    verifies(body, signature, secret)));
            int status = statusOfRequest.applyAsInt(received.size() - 1);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** What a receiver does with the header: recompute it over the exact bytes received. */
    static boolean verifies(byte[] body, String header, String secret) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
