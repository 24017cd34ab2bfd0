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
import java.util.function.Predicate;
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
        return fire(filter -> true, AlertFiring.Claims.withIds(claimIds));
    }

    /**
     * Fires the narrative watches on the claims of narratives that merges grew: a watched narrative that absorbed
     * another, or a watched one merged into an older narrative, which it now stands for. Other watches ask nothing a
     * merge changes, and fired when the claims were stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fireInNarratives(Collection<String> narrativeIds) {
        if (narrativeIds.isEmpty()) {
            return 0;
        }
        return fire(filter -> filter.narrative() != null, AlertFiring.Claims.inNarratives(narrativeIds));
    }

    private int fire(Predicate<ClaimFilter> concerned, AlertFiring.Claims claims) {
        Instant now = Instant.now();
        int fired = 0;
        for (WatchRepository.StoredWatch watch : watches.all()) {
            Optional<ClaimFilter> filter = definitions.filterOf(watch.parameters());
            if (filter.isPresent()) {
                if (concerned.test(filter.get())) {
                    fired += firing.fire(watch.watchId(), filter.get(), claims, now);
                }
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
