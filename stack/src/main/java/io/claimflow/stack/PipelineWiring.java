package io.claimflow.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the services of one pipeline find each other and what they share: the broker, the store's database and the
 * address clients read documents back from. Turns it into each service's properties.
 *
 * @param bootstrapServers the Kafka broker
 * @param database the PostgreSQL database of store-service and of ingest-service's index (schema {@code ingest})
 * @param storeUrl store-service's base URL as clients reach it, for the document locations ingest answers with
 * @param ingestUrl ingest-service's base URL, where the explorer's submit page (in store-service) sends documents
 * @param dataDirectory the pipeline's data folder, where match-service keeps its index ({@code match-index})
 */
public record PipelineWiring(
        String bootstrapServers, DatabaseCoordinates database, String storeUrl, String ingestUrl, Path dataDirectory) {

    /** match-service's index folder in the data folder: a restart of the pipeline finds it again. */
    public Path matchIndex() {
        return matchIndex(1);
    }

    /**
     * The index folder of one match-service instance: each has its own (Lucene locks its folder), and an instance
     * started again under its number finds it again.
     */
    public Path matchIndex(int instance) {
        return dataDirectory.resolve(PipelineServices.instanceName("match-index", instance));
    }

    /** The properties an instance of a service (numbered from 1) is started with on the given HTTP port. */
    public Map<String, String> propertiesOf(ClaimflowService service, int instance, int port) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(port));
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        switch (service) {
            case STORE -> {
                putDatabase(properties);
                properties.put("claimflow.store.ingest-url", ingestUrl);
            }
            case INGEST -> {
                // Its index of accepted documents, in a schema of its own in the same database.
                putDatabase(properties);
                properties.put("claimflow.ingest.document-location", storeUrl + "/documents/{id}");
            }
            case MATCH ->
                properties.put(
                        "claimflow.match.index-folder", matchIndex(instance).toString());
            case EXTRACT -> {
                // Needs nothing but the broker.
            }
        }
        return properties;
    }

    private void putDatabase(Map<String, String> properties) {
        properties.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        properties.put("quarkus.datasource.username", database.username());
        properties.put("quarkus.datasource.password", database.password());
    }
}
