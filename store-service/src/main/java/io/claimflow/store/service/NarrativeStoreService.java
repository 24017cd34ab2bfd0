package io.claimflow.store.service;

import io.claimflow.contracts.event.ClaimMatched;
import io.claimflow.contracts.event.NarrativeUpdated;
import io.claimflow.store.repository.ClaimFactCheckWriter;
import io.claimflow.store.repository.NarrativeWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes what the matcher publishes, one transaction per call; replays and redeliveries change nothing. */
@ApplicationScoped
public class NarrativeStoreService {

    private final NarrativeWriter writer;
    private final ClaimFactCheckWriter factChecks;
    private final Event<NarrativesStored> stored;

    public NarrativeStoreService(
            NarrativeWriter writer, ClaimFactCheckWriter factChecks, Event<NarrativesStored> stored) {
        this.writer = writer;
        this.factChecks = factChecks;
        this.stored = stored;
    }

    /** Each claim's narrative, links and suggestions, and the fact-checks found for it, in one transaction. */
    @Transactional
    public void storeMatches(List<ClaimMatched> batch) {
        writer.storeMatches(batch);
        factChecks.store(batch);
    }

    /** Stores the newer revisions and, if there were any, tells the narrative feeds after the commit. */
    @Transactional
    public void storeNarratives(List<NarrativeUpdated> batch) {
        int count = writer.storeNarratives(batch);
        if (count > 0) {
            stored.fire(new NarrativesStored(count));
        }
    }
}
