package io.claimflow.store.query;

/**
 * One parameter of a request that is wrong.
 *
 * @param parameter its name
 * @param message what is wrong with it, to follow the name: "must be a number from 0 to 1"
 */
public record ParameterError(String parameter, String message) {}
