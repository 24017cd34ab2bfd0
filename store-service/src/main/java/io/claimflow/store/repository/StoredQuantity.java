package io.claimflow.store.repository;

import jakarta.persistence.Embeddable;

/** A row of claim_quantity: a number of a claim. */
@Embeddable
public class StoredQuantity {
    public String text;
    public double value;
    public String unit;
}
