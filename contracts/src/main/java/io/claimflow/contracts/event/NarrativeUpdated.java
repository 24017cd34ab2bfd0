package io.claimflow.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The current state of one narrative (claims joined by links), value of the compacted {@code claimflow.narratives.v1}:
 * a new record each time a claim joins it, so the topic's latest record per key is the narrative as it stands. A
 * narrative merged into another gets a last record that says where it went.
 *
 * @param narrativeId the narrative: the id of its earliest claim, stable while it grows
 * @param revision grows with every change, from 1: the claims the narrative holds plus the narratives merged into it (a
 *     merged-away narrative's last record has one more than its last state); a consumer keeps the highest
 * @param mergedInto the narrative this one was merged into (it lives on there), or null while it is its own
 * @param label its most central claim, which names it
 * @param claims how many claims it holds
 * @param documents how many documents those claims come from
 * @param languages the languages of its claims, most claims first
 * @param sources the sources (publishers, sites) of its documents, most claims first
 * @param claimants who asserted its claims, most claims first (at most 20)
 * @param entities the entities its claims name, most claims first (at most 20)
 * @param firstSeen when its earliest claim's document was published or received
 * @param lastSeen when its latest claim's document was published or received
 * @param updatedAt when this state was computed
 */
public record NarrativeUpdated(
        String narrativeId,
        int revision,
        String mergedInto,
        Label label,
        int claims,
        int documents,
        List<String> languages,
        List<Tally> sources,
        List<Tally> claimants,
        List<EntityTally> entities,
        Instant firstSeen,
        Instant lastSeen,
        Instant updatedAt)
        implements ClaimflowEvent {

    public NarrativeUpdated {
        Required.text(narrativeId, "narrativeId");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more: " + revision);
        }
        Objects.requireNonNull(label, "label is required");
        Required.notNegative(claims, "claims");
        Required.notNegative(documents, "documents");
        languages = languages == null ? List.of() : List.copyOf(languages);
        sources = sources == null ? List.of() : List.copyOf(sources);
        claimants = claimants == null ? List.of() : List.copyOf(claimants);
        entities = entities == null ? List.of() : List.copyOf(entities);
        Objects.requireNonNull(firstSeen, "firstSeen is required");
        Objects.requireNonNull(lastSeen, "lastSeen is required");
        Objects.requireNonNull(updatedAt, "updatedAt is required");
    }

    @Override
    @JsonIgnore
    public String key() {
        return narrativeId;
    }

    @Override
    @JsonIgnore
    public String eventId() {
        return narrativeId + "#" + revision;
    }

    @Override
    @JsonIgnore
    public Instant eventTime() {
        return updatedAt;
    }

    /** The claim that names a narrative. */
    public record Label(String claimId, String documentId, String text, String language) {
        public Label {
            Required.text(claimId, "label.claimId");
            Required.text(documentId, "label.documentId");
            Objects.requireNonNull(text, "label.text is required");
            Required.text(language, "label.language");
        }
    }

    /** A value and how many of the narrative's claims have it. */
    public record Tally(String value, int claims) {
        public Tally {
            Objects.requireNonNull(value, "tally.value is required");
            Required.notNegative(claims, "tally.claims");
        }
    }

    /** A normalised entity and how many of the narrative's claims name it. */
    public record EntityTally(String normalized, EntityType type, int claims) {
        public EntityTally {
            Objects.requireNonNull(normalized, "entity.normalized is required");
            Objects.requireNonNull(type, "entity.type is required");
            Required.notNegative(claims, "entity.claims");
        }
    }
}
