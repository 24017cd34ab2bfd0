package io.claimflow.cli.command;

import io.claimflow.cli.client.IngestClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the running stack is, as the commands that talk to it take it: the defaults are those of claimflow up. */
final class Endpoints {

    private Endpoints() {}

    /** ingest-service's address. */
    static final class Ingest {
        @Option(
                names = "--ingest-url",
                defaultValue = "http://localhost:8081",
                description = "ingest-service (default: ${DEFAULT-VALUE}).")
        String url;
    }

    /** ingest-service's address and the key the commands that submit present to it. */
    static final class Submissions {
        @Mixin
        Ingest ingest;

        @Option(
                names = "--api-key",
                defaultValue = "${env:CLAIMFLOW_API_KEY}",
                description = "API key, when ingest requires one (default: $CLAIMFLOW_API_KEY).")
        String apiKey;

        IngestClient client() {
            return new IngestClient(ingest.url, apiKey);
        }
    }

    /** store-service's address. */
    static final class Store {
        @Option(
                names = "--store-url",
                defaultValue = "http://localhost:8083",
                description = "store-service (default: ${DEFAULT-VALUE}).")
        String url;
    }

    /** The Kafka broker's address. */
    static final class Kafka {
        @Option(
                names = "--bootstrap-servers",
                defaultValue = "localhost:9092",
                description = "Kafka (default: ${DEFAULT-VALUE}).")
        String bootstrapServers;
    }
}
