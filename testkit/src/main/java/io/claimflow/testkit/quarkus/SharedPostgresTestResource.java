package io.claimflow.testkit.quarkus;

import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.testkit.postgres.TestPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} that names it one database of this run's PostgreSQL, the same for each start of the
 * application: for tests that restart it and look at what the first start left. Each start loads this class anew, so
 * the database is remembered in system properties.
 */
public class SharedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "claimflow.test.postgres.shared.";

    @Override
    public synchronized Map<String, String> start() {
        if (System.getProperty(PREFIX + "url") == null) {
            DatabaseCoordinates database = TestPostgres.newDatabase("restarted");
            System.setProperty(PREFIX + "user", database.username());
            System.setProperty(PREFIX + "password", database.password());
            System.setProperty(PREFIX + "url", database.jdbcUrl());
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty(PREFIX + "url"),
                "quarkus.datasource.username", System.getProperty(PREFIX + "user"),
                "quarkus.datasource.password", System.getProperty(PREFIX + "password"));
    }

    /** The database outlives each start; the server stops with the JVM. */
    @Override
    public void stop() {}
}
