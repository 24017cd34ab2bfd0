package io.claimflow.store.service;

import io.claimflow.store.query.ClaimFilter;
import io.claimflow.store.query.WatchDefinitionParser;
import io.claimflow.store.repository.AlertFiring;
import io.claimflow.store.repository.WatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Fires every watch on the claims of a batch just stored, in the batch's transaction: the alerts are committed with the
 * claims (or matches) that fired them, or not at all, and a watch fires once per claim however often the batch comes. A
 * claim fires when the last of what its watch asks for is stored: its claim record, or the match that brings its
 * narrative or fact-checks.
 */
@ApplicationScoped
public class AlertTrigger {

    private static final Logger LOG = Logger.getLogger(AlertTrigger.class);

    private final WatchRepository watches;
    private final WatchDefinitionParser definitions;
    private final AlertFiring firing;

    public AlertTrigger(WatchRepository watches, WatchDefinitionParser definitions, AlertFiring firing) {
        this.watches = watches;
        this.definitions = definitions;
        this.firing = firing;
    }

    /** Fires the watches on those of the claims they match; how many alerts are new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fireFor(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        int fired = 0;
        for (WatchRepository.StoredWatch watch : watches.all()) {
            Optional<ClaimFilter> filter = definitions.filterOf(watch.parameters());
            if (filter.isPresent()) {
                fired += firing.fire(watch.watchId(), filter.get(), claimIds, now);
            } else {
                // A filter this version can no longer read must not fail the batch and send its claims to the DLQ.
                LOG.warnf(
                        "Watch %s has a filter this version cannot read, %s; it fires nothing",
                        watch.watchId(), watch.parameters());
            }
        }
        return fired;
    }
}
