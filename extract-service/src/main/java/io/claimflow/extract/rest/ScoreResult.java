package io.claimflow.extract.rest;

import java.util.List;

/**
 * What {@code POST /score} found.
 *
 * @param scores the check-worthiness of each sentence, 0..1, in the order sent
 */
public record ScoreResult(List<Double> scores) {}
