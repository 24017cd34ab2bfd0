package io.claimflow.testkit.postgres;

import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.stack.EmbeddedPostgresServer;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL of a test run, one server per JVM, resolved as DESIGN.md says: the database named by
 * {@code CLAIMFLOW_TEST_DB_URL}; else a Testcontainers PostgreSQL when a Docker engine answers; else an embedded
 * PostgreSQL from Maven. Says in the log which one the run uses.
 */
public final class TestPostgres {

    public static final String URL_ENV = "CLAIMFLOW_TEST_DB_URL";
    public static final String USER_ENV = "CLAIMFLOW_TEST_DB_USER";
    public static final String PASSWORD_ENV = "CLAIMFLOW_TEST_DB_PASSWORD";
    static final String CONTAINER_IMAGE = "postgres:17-alpine";

    private static final System.Logger LOG = System.getLogger(TestPostgres.class.getName());
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static DatabaseCoordinates admin;
    private static boolean ownsServer;

    private TestPostgres() {}

    /**
     * A database of its own for one test resource, so test classes cannot see each other's rows. On an external server,
     * which we may not create databases on, it is the configured database itself.
     */
    public static synchronized DatabaseCoordinates newDatabase(String purpose) {
        DatabaseCoordinates server = server();
        if (!ownsServer) {
            return server;
        }
        String name = "claimflow_" + purpose.replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection connection =
                        DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        String url = server.jdbcUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        LOG.log(Level.INFO, "Test database {0} created for {1}", url, purpose);
        return new DatabaseCoordinates(url, server.username(), server.password());
    }

    /** The administrative coordinates of this run's server, starting it on first use. */
    public static synchronized DatabaseCoordinates server() {
        if (admin == null) {
            admin = resolve();
        }
        return admin;
    }

    private static DatabaseCoordinates resolve() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            LOG.log(Level.INFO, "Tests use the PostgreSQL database at {0} (from {1})", url, URL_ENV);
            return new DatabaseCoordinates(url, envOr(USER_ENV, "postgres"), envOr(PASSWORD_ENV, ""));
        }
        ownsServer = true;
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer(CONTAINER_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "claimflow-postgres-stop"));
            LOG.log(
                    Level.INFO,
                    "Tests use PostgreSQL in a Testcontainers container ({0}) at {1}",
                    CONTAINER_IMAGE,
                    container.getJdbcUrl());
            return new DatabaseCoordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        long started = System.nanoTime();
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(null, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "claimflow-postgres-stop"));
        DatabaseCoordinates coordinates = embedded.database("postgres");
        LOG.log(
                Level.INFO,
                "Tests use an embedded PostgreSQL (binaries from Maven, no Docker engine found) at {0}, started in "
                        + "{1} ms",
                coordinates.jdbcUrl(),
                (System.nanoTime() - started) / 1_000_000);
        return coordinates;
    }

    /** Asks Testcontainers only when a Docker endpoint is configured, to spare the run its probing. */
    private static boolean dockerAnswers() {
        boolean endpoint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!endpoint) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
