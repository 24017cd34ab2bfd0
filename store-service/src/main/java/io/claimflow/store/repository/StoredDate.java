package io.claimflow.store.repository;

import jakarta.persistence.Embeddable;

/** A row of claim_date: a date of a claim. */
@Embeddable
public class StoredDate {
    public String text;
    public String value;
}
