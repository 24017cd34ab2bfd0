package io.claimflow.contracts.serde;

import org.apache.kafka.common.header.Headers;

/**
 * The headers a record sent to a dead-letter topic ({@code <topic>.<group>.dlq}) carries beside its own: why it failed
 * and where it came from. They are the names SmallRye Reactive Messaging's dead-letter strategy writes, so every
 * dead-letter topic of Claimflow reads alike whichever consumer wrote it.
 */
public final class DeadLetterHeaders {

    /** What every dead-letter header's name starts with; a record's own headers never do. */
    public static final String PREFIX = "dead-letter-";

    public static final String REASON = PREFIX + "reason";
    public static final String EXCEPTION_CLASS = PREFIX + "exception-class-name";
    public static final String CAUSE = PREFIX + "cause";
    public static final String CAUSE_CLASS = PREFIX + "cause-class-name";
    public static final String TOPIC = PREFIX + "topic";
    public static final String PARTITION = PREFIX + "partition";
    public static final String OFFSET = PREFIX + "offset";

    private DeadLetterHeaders() {}

    /**
     * Adds the dead-letter headers for a record read at topic, partition and offset that failed with {@code failure}.
     */
    public static void write(Headers headers, Throwable failure, String topic, int partition, long offset) {
        CloudEventHeaders.put(headers, REASON, String.valueOf(failure.getMessage()));
        CloudEventHeaders.put(headers, EXCEPTION_CLASS, failure.getClass().getName());
        if (failure.getCause() != null) {
            CloudEventHeaders.put(
                    headers, CAUSE, String.valueOf(failure.getCause().getMessage()));
            CloudEventHeaders.put(
                    headers, CAUSE_CLASS, failure.getCause().getClass().getName());
        }
        CloudEventHeaders.put(headers, TOPIC, topic);
        CloudEventHeaders.put(headers, PARTITION, Integer.toString(partition));
        CloudEventHeaders.put(headers, OFFSET, Long.toString(offset));
    }

    /** Whether a header was added by the dead-letter step rather than carried by the record itself. */
    public static boolean isDeadLetterHeader(String name) {
        return name.startsWith(PREFIX);
    }
}
