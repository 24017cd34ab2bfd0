package io.claimflow.cli.bench;

import io.claimflow.stack.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's own account of where its time went ({@code pg_stat_statements}, which {@code claimflow up}'s embedded
 * server keeps): emptied when a profile starts, read when it ends, the statements that took the most time first.
 */
public final class StatementStatistics {

    private static final int TOP = 12;
    private static final int QUERY_CHARACTERS = 90;

    private final String jdbcUrl;

    private StatementStatistics(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts counting afresh in the database on the local server at the port. */
    public static StatementStatistics start(int port, String database) throws SQLException {
        StatementStatistics statistics =
                new StatementStatistics("jdbc:postgresql://localhost:" + port + "/" + database);
        try (Connection connection = statistics.connect();
                Statement reset = connection.createStatement()) {
            reset.execute("SELECT " + EmbeddedPostgresServer.STATEMENT_STATISTICS + "_reset()");
        }
        return statistics;
    }

    /** One line per statement, most total time first: calls, total and mean time, rows, and the statement. */
    public List<String> lines() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect();
                Statement read = connection.createStatement();
                ResultSet top = read.executeQuery("SELECT calls, total_exec_time, mean_exec_time, rows,"
                        + " regexp_replace(query, '\\s+', ' ', 'g') FROM "
                        + EmbeddedPostgresServer.STATEMENT_STATISTICS
                        + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " ORDER BY total_exec_time DESC LIMIT " + TOP)) {
            while (top.next()) {
                String query = top.getString(5);
                lines.add(String.format(
                        Locale.ROOT,
                        "  %8d calls %9.0f ms total %8.2f ms mean %9d rows  %s",
                        top.getLong(1),
                        top.getDouble(2),
                        top.getDouble(3),
                        top.getLong(4),
                        query.length() > QUERY_CHARACTERS ? query.substring(0, QUERY_CHARACTERS) + "…" : query));
            }
        }
        return lines;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.SUPERUSER, "");
    }
}
