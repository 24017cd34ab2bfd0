package io.claimflow.engine.score;

/**
 * A sparse feature vector: the language-independent features first, then hashed word n-grams.
 *
 * @param indices feature indices
 * @param values their values, same length
 */
public record Features(int[] indices, float[] values) {}
