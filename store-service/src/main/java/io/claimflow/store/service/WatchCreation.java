package io.claimflow.store.service;

import io.claimflow.store.mapping.WatchView;
import io.claimflow.store.query.ParameterError;
import java.util.List;

/** What asking for a new watch gave: the watch, or every field of the definition that is wrong. */
public sealed interface WatchCreation {

    record Created(WatchView watch) implements WatchCreation {}

    record Invalid(List<ParameterError> errors) implements WatchCreation {}
}
