package io.claimflow.store.mapping;

import java.time.Instant;
import java.util.Map;

/**
 * A watch as the API shows it: never its secret.
 *
 * @param filter the filters it was defined with, by the parameter names of {@code GET /claims}
 * @param webhook where its alerts are posted, or null
 * @param lastError why the last alert its webhook could not take went to the dead-letter topic, or null
 * @param lastErrorAt when that happened
 * @param lastDeliveredAt when its webhook last accepted an alert
 */
public record WatchView(
        String watchId,
        String name,
        Map<String, Object> filter,
        String webhook,
        Instant createdAt,
        String lastError,
        Instant lastErrorAt,
        Instant lastDeliveredAt) {}
