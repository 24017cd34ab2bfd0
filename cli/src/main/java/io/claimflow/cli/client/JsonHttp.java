package io.claimflow.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP the CLI speaks to the services: JSON answers, and a clear error when nobody answers. */
final class JsonHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JsonHttp() {}

    static HttpResponse<String> send(String service, HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServerUnreachableException(service, request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The JSON of a 2xx answer, null for 404; anything else is an error with the answer's detail. */
    static JsonNode getJson(String service, URI uri) {
        HttpResponse<String> response = send(
                service,
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build());
        if (response.statusCode() == 404) {
            return null;
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(service + " answered " + response.statusCode() + ": "
                    + body.path("detail").asText(response.body()));
        }
        return body;
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("detail", body);
        }
    }
}
