package io.claimflow.stack;

/** How to reach one PostgreSQL database. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {}
