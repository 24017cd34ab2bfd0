package io.claimflow.store.query;

import java.util.List;

/**
 * What reading a request's parameters gave: the query, or every parameter that is wrong.
 *
 * @param <Q> the query read
 */
public sealed interface ParsedQuery<Q> {

    /** All parameters were right. */
    record Valid<Q>(Q query) implements ParsedQuery<Q> {}

    /** Some were not; each is named, so a client hears of all of them at once. */
    record Invalid<Q>(List<ParameterError> errors) implements ParsedQuery<Q> {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
