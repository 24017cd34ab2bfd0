package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.store.repository.ClaimFactCheckWriter;
import io.claimflow.store.repository.NarrativeWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/** Writes what the matcher publishes, one transaction per call; replays and redeliveries change nothing. */
@ApplicationScoped
public class NarrativeStoreService {

    private final NarrativeWriter writer;
    private final ClaimFactCheckWriter factChecks;
    private final Event<NarrativesStored> stored;
    private final AlertTrigger alerts;

    public NarrativeStoreService(
            NarrativeWriter writer,
            ClaimFactCheckWriter factChecks,
            Event<NarrativesStored> stored,
            AlertTrigger alerts) {
        this.writer = writer;
        this.factChecks = factChecks;
        this.stored = stored;
        this.alerts = alerts;
    }

    /**
     * Each claim's narrative, links and suggestions, and the fact-checks found for it, in one transaction, with the
     * alerts of the watches they now match (a narrative or fact-check watch fires when the match arrives).
     */
    @Transactional
    public void storeMatches(List<ClaimMatched> batch) {
        writer.storeMatches(batch);
        factChecks.store(batch);
        alerts.fireFor(batch.stream().map(ClaimMatched::claimId).collect(Collectors.toSet()));
    }

    /**
     * Stores the newer revisions and, if there were any, tells the narrative feeds after the commit. A merge moves the
     * merged narrative's claims into its survivor, so the watches of either narrative fire on the claims they gain.
     */
    @Transactional
    public void storeNarratives(List<NarrativeUpdated> batch) {
        NarrativeWriter.StoredNarratives result = writer.storeNarratives(batch);
        alerts.fireInNarratives(result.grown());
        if (result.revisions() > 0) {
            stored.fire(new NarrativesStored(result.revisions()));
        }
    }
}
