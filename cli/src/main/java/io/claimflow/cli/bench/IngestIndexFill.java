package io.claimflow.cli.bench;

import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.DatabaseCoordinates;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

/**
 * Puts many documents where ingest-service would have put them had they been submitted: each on
 * {@code claimflow.documents.v1} and in the index of accepted documents ({@code ingest.accepted_document}, accepted).
 * Written directly, a million take a minute instead of the hours the HTTP path would.
 */
public final class IngestIndexFill {

    /** The text of every filled document; a resubmission of {@code ID_PREFIX + n} with it is a known document. */
    public static final String TEXT = "A document submitted long ago, to measure ingest-service with many of them.";

    public static final String ID_PREFIX = "known-";

    private static final int ROWS_PER_COPY = 100_000;

    /** What the fill left: the index's size in PostgreSQL, its indexes included. */
    public record Filled(long indexBytes) {}

    private IngestIndexFill() {}

    public static Filled fill(String bootstrapServers, DatabaseCoordinates database, int documents)
            throws SQLException, InterruptedException, ExecutionException {
        publish(bootstrapServers, documents);
        return index(database, documents);
    }

    private static void publish(String bootstrapServers, int documents)
            throws InterruptedException, ExecutionException {
        Instant now = Instant.now();
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                1 << 20,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "zstd");
        try (KafkaProducer<String, DocumentSubmitted> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new EventSerializer<>("urn:claimflow:bench"))) {
            Future<RecordMetadata> last = null;
            for (int n = 0; n < documents; n++) {
                DocumentSubmitted document =
                        new DocumentSubmitted(ID_PREFIX + n, TEXT, null, null, "en", null, null, now, null);
                last = producer.send(new ProducerRecord<>(Topics.DOCUMENTS.name(), document.key(), document));
            }
            if (last != null) {
                last.get();
            }
        }
    }

    private static Filled index(DatabaseCoordinates database, int documents) throws SQLException {
        String contentKey = StableIds.documentId(TEXT, null);
        String stamp = Instant.now().toString();
        try (Connection connection =
                DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            String copy = "COPY ingest.accepted_document (document_id, content_key, accepted, attempt_at, accepted_at)"
                    + " FROM STDIN";
            for (int from = 0; from < documents; from += ROWS_PER_COPY) {
                StringBuilder rows = new StringBuilder();
                for (int n = from; n < Math.min(documents, from + ROWS_PER_COPY); n++) {
                    rows.append(ID_PREFIX)
                            .append(n)
                            .append('\t')
                            .append(contentKey)
                            .append("\tt\t")
                            .append(stamp)
                            .append('\t')
                            .append(stamp)
                            .append('\n');
                }
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE ingest.accepted_document");
                try (ResultSet size =
                        statement.executeQuery("SELECT pg_total_relation_size('ingest.accepted_document')")) {
                    size.next();
                    return new Filled(size.getLong(1));
                }
            }
        } catch (IOException e) {
            throw new SQLException("could not copy the index rows", e);
        }
    }
}
