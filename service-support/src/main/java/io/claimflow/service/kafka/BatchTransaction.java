package io.claimflow.service.kafka;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.smallrye.reactive.messaging.kafka.transactions.TransactionalEmitter;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Writes a consumed batch's output exactly once: one Kafka transaction carrying the output and the batch's offsets.
 * Committed, the step that must follow a commit runs and the batch is acked. Aborted (the broker is away, the output
 * could not be made), SmallRye has set the consumer back to the group's committed offsets, so the batch is read again;
 * the step that undoes the batch's local effects runs instead, and the batch is nacked. SmallRye's
 * {@code withTransactionAndAck} recovers from an abort with the nack, so whatever is chained after it runs for aborted
 * batches too: that is why this class exists.
 */
public final class BatchTransaction {

    private static final Logger LOG = Logger.getLogger(BatchTransaction.class);

    private BatchTransaction() {}

    /** The transaction of {@code batch} for a consumer without local state: {@code output} sends into it. */
    public static Uni<Void> write(
            KafkaTransactions<Object> transactions,
            KafkaRecordBatch<?, ?> batch,
            Consumer<TransactionalEmitter<Object>> output) {
        return write(transactions, batch, output, () -> {}, () -> {});
    }

    /**
     * The transaction of {@code batch}: {@code output} sends into it (and throws to abort it); {@code afterCommit} runs
     * only once Kafka has committed, {@code afterAbort} only once it has aborted, both before the next batch is read;
     * neither may throw. The returned {@code Uni} fails only if the nack does.
     */
    public static Uni<Void> write(
            KafkaTransactions<Object> transactions,
            KafkaRecordBatch<?, ?> batch,
            Consumer<TransactionalEmitter<Object>> output,
            Runnable afterCommit,
            Runnable afterAbort) {
        return transactions
                .withTransaction(
                        batch,
                        emitter -> Uni.createFrom().item(() -> {
                            output.accept(emitter);
                            return (Void) null;
                        }))
                .onItem()
                .invoke(afterCommit)
                .onItemOrFailure()
                .transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(batch.ack());
                    }
                    LOG.warnf(
                            "A batch of %d records was not committed (%s); it will be read again",
                            batch.getRecords().size(), failure.toString());
                    afterAbort.run();
                    return Uni.createFrom().completionStage(batch.nack(failure));
                });
    }

    /**
     * Aborts the transaction of {@code batch} for a failure that is not its records' fault: it is read again, after
     * {@code afterAbort}.
     */
    public static Uni<Void> abort(
            KafkaTransactions<Object> transactions,
            KafkaRecordBatch<?, ?> batch,
            RuntimeException e,
            Runnable afterAbort) {
        return write(
                transactions,
                batch,
                emitter -> {
                    throw e;
                },
                () -> {},
                afterAbort);
    }
}
