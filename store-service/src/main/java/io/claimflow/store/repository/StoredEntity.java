package io.claimflow.store.repository;

import jakarta.persistence.Embeddable;

/** A row of claim_entity: a named entity of a claim. */
@Embeddable
public class StoredEntity {
    public String text;
    public String type;
    public String normalized;
}
