package io.claimflow.store.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows collected column by column, bound as one array per column for an {@code unnest} statement. */
final class ArrayColumns {

    private final List<List<Object>> values = new ArrayList<>();

    ArrayColumns(int count) {
        for (int i = 0; i < count; i++) {
            values.add(new ArrayList<>());
        }
    }

    void add(Object... row) {
        for (int i = 0; i < row.length; i++) {
            values.get(i).add(row[i]);
        }
    }

    boolean isEmpty() {
        return values.get(0).isEmpty();
    }

    void bind(Connection connection, PreparedStatement statement, String... types) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            statement.setArray(
                    i + 1, connection.createArrayOf(types[i], values.get(i).toArray()));
        }
    }

    /** Runs the statement with the columns bound as its parameters, unless there are no rows. */
    void insert(Connection connection, String sql, String... types) throws SQLException {
        if (isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, types);
            statement.executeUpdate();
        }
    }
}
