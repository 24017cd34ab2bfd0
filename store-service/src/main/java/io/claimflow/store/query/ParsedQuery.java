package io.claimflow.store.query;

import java.util.List;

/** What reading a request's parameters gave: the query, or every parameter that is wrong. */
public sealed interface ParsedQuery {

    /** All parameters were right. */
    record Valid(ClaimQuery query) implements ParsedQuery {}

    /** Some were not; each is named, so a client hears of all of them at once. */
    record Invalid(List<ParameterError> errors) implements ParsedQuery {

        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
