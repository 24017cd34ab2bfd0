package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A watch (a saved claim filter) matched a claim, value of {@code claimflow.alerts.v1}: fired once per watch and claim,
 * keyed by the watch's id so that a consumer following one watch reads its alerts in the order they fired.
 *
 * @param alertId the alert's id, {@code watchId/claimId}: one alert per watch and claim, however often it is sent
 * @param watchId the watch that fired
 * @param watchName the watch's name, as its owner gave it
 * @param claimId the claim it fired on
 * @param documentId the claim's document
 * @param text the claim sentence as written
 * @param claimant the claimant's name, or null when the claim has none
 * @param narrativeId the claim's narrative when the alert was sent, or null when it has none yet
 * @param factCheckVerdicts the verdicts of the fact-checks matched to the claim, lower-cased; empty when none
 * @param firedAt when the store found that the claim matches the watch
 */
public record AlertFired(
        String alertId,
        String watchId,
        String watchName,
        String claimId,
        String documentId,
        String text,
        String claimant,
        String narrativeId,
        List<String> factCheckVerdicts,
        Instant firedAt)
        implements ClaimflowEvent {

    public AlertFired {
        Objects.requireNonNull(watchId, "watchId is required");
        Objects.requireNonNull(claimId, "claimId is required");
        Objects.requireNonNull(firedAt, "firedAt is required");
        alertId = alertId == null ? idOf(watchId, claimId) : alertId;
        factCheckVerdicts = factCheckVerdicts == null ? List.of() : List.copyOf(factCheckVerdicts);
    }

    /** The id of the alert of this watch on this claim. */
    public static String idOf(String watchId, String claimId) {
        return watchId + "/" + claimId;
    }

    @Override
    @JsonIgnore
    public String key() {
        return watchId;
    }

    /** One alert per watch and claim: a redelivery carries the same id. */
    @Override
    @JsonIgnore
    public String eventId() {
        return alertId;
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return firedAt;
    }
}
