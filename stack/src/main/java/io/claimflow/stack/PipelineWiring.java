package io.claimflow.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the services of one pipeline find each other and what they share: the broker, the store's database and the
 * address clients read documents back from. Turns it into each service's properties.
 *
 * @param bootstrapServers the Kafka broker
 * @param database the store's PostgreSQL database
 * @param storeUrl store-service's base URL as clients reach it, for the document locations ingest answers with
 */
public record PipelineWiring(String bootstrapServers, DatabaseCoordinates database, String storeUrl) {

    /** The properties a service is started with on the given HTTP port. */
    public Map<String, String> propertiesOf(ClaimflowService service, int port) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(port));
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        switch (service) {
            case STORE -> {
                properties.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
                properties.put("quarkus.datasource.username", database.username());
                properties.put("quarkus.datasource.password", database.password());
            }
            case INGEST -> properties.put("claimflow.ingest.document-location", storeUrl + "/documents/{id}");
            case EXTRACT -> {
                // Needs nothing but the broker.
            }
        }
        return properties;
    }
}
