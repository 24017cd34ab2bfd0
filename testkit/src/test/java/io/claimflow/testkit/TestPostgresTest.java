package io.claimflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.testkit.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void givesEachCallerAnIsolatedRealPostgresDatabase() throws SQLException {
        DatabaseCoordinates first = TestPostgres.newDatabase("first");
        DatabaseCoordinates second = TestPostgres.newDatabase("second");

        try (Connection connection = connect(first);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
            ResultSet version = statement.executeQuery("SHOW server_version");
            version.next();
            assertThat(version.getString(1)).startsWith("17");
        }
        if (System.getenv(TestPostgres.URL_ENV) == null) {
            try (Connection connection = connect(second);
                    Statement statement = connection.createStatement()) {
                ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'");
                tables.next();
                assertThat(tables.getInt(1)).isZero();
            }
        }
    }

    private static Connection connect(DatabaseCoordinates database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
