package io.claimflow.ingest.rest;

import jakarta.enterprise.context.RequestScoped;

/** Who sends the current request, as the API key told; null when ingest runs without keys. */
@RequestScoped
public class Submitter {

    private String name;

    public String name() {
        return name;
    }

    void authenticated(String submitter) {
        this.name = submitter;
    }
}
