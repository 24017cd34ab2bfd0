package io.claimflow.store.service;

import io.claimflow.store.mapping.WatchView;
import io.claimflow.store.query.ParsedQuery;
import io.claimflow.store.query.WatchDefinition;
import io.claimflow.store.query.WatchDefinitionParser;
import io.claimflow.store.repository.WatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Defines, lists and deletes watches: saved claim filters that fire alerts on the claims stored from then on. */
@ApplicationScoped
public class WatchService {

    private final WatchDefinitionParser parser;
    private final WatchRepository watches;

    public WatchService(WatchDefinitionParser parser, WatchRepository watches) {
        this.parser = parser;
        this.watches = watches;
    }

    /** A new watch, if its definition is right; it fires on claims (and matches) stored after this. */
    @Transactional
    public WatchCreation create(String name, Map<String, Object> filter, String webhook, String secret) {
        ParsedQuery<WatchDefinition> parsed = parser.parse(name, filter, webhook, secret);
        if (parsed instanceof ParsedQuery.Invalid<WatchDefinition> invalid) {
            return new WatchCreation.Invalid(invalid.errors());
        }
        String id = UUID.randomUUID().toString();
        watches.insert(id, ((ParsedQuery.Valid<WatchDefinition>) parsed).query(), Instant.now());
        return new WatchCreation.Created(
                watches.byId(id).map(WatchService::view).orElseThrow());
    }

    @Transactional
    public List<WatchView> list() {
        return watches.all().stream().map(WatchService::view).toList();
    }

    @Transactional
    public Optional<WatchView> watch(String watchId) {
        return watches.byId(watchId).map(WatchService::view);
    }

    /** Deletes the watch and its alerts, sent or not; whether there was such a watch. */
    @Transactional
    public boolean delete(String watchId) {
        return watches.delete(watchId);
    }

    private static WatchView view(WatchRepository.StoredWatch watch) {
        return new WatchView(
                watch.watchId(),
                watch.name(),
                watch.parameters(),
                watch.webhook(),
                watch.createdAt(),
                watch.lastError(),
                watch.lastErrorAt(),
                watch.lastDeliveredAt());
    }
}
