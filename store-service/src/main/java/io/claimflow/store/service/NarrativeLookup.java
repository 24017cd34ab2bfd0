package io.claimflow.store.service;

import io.claimflow.store.mapping.NarrativeDetails;

/** What the store knows of a narrative id. */
public sealed interface NarrativeLookup {

    /** The narrative, with its documents, timeline and claims. */
    record Found(NarrativeDetails details) implements NarrativeLookup {}

    /** The narrative was merged; it lives on in the survivor. */
    record Merged(String survivor) implements NarrativeLookup {}

    /** No narrative has this id. */
    record Unknown() implements NarrativeLookup {}
}
