package io.claimflow.store.mapping;

/**
 * One value of a facet with the number of matching claims that have it.
 *
 * @param value the claimant's name, or the entity's normalised form (null for unnamed claimants: the author)
 * @param type the claimant's or entity's type
 * @param claims how many matching claims
 */
public record Facet(String value, String type, long claims) {

    public static Facet of(Object[] row) {
        return new Facet((String) row[0], (String) row[1], ((Number) row[2]).longValue());
    }
}
