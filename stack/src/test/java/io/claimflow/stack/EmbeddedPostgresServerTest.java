package io.claimflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path data;

    @Test
    void keepsItsDataDurablyAcrossARestart() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            DatabaseCoordinates db = server.ensureDatabase("claimflow");
            try (Connection connection = connect(db);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (value text)");
                statement.execute("INSERT INTO kept VALUES ('survives')");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                try (ResultSet statistics =
                        statement.executeQuery("SELECT count(*) FROM pg_stat_statements WHERE query LIKE '%kept%'")) {
                    assertThat(statistics.next()).isTrue();
                    assertThat(statistics.getLong(1))
                            .as("statements on kept in the statistics")
                            .isPositive();
                }
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, 0)) {
            DatabaseCoordinates db = again.ensureDatabase("claimflow");
            try (Connection connection = connect(db);
                    Statement statement = connection.createStatement();
                    ResultSet kept = statement.executeQuery("SELECT value FROM kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("survives");
            }
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static Connection connect(DatabaseCoordinates db) throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
