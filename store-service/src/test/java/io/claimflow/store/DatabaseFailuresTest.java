package io.claimflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.store.repository.DatabaseFailures;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void serverAndConnectionTroubleIsTransient() {
        assertThat(DatabaseFailures.isTransient(new PersistenceException(new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("too many connections", "53300")))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("deadlock detected", "40P01")))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(DatabaseFailures.isTransient(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void wrongDataIsNot() {
        assertThat(DatabaseFailures.isTransient(
                        new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))
                .isFalse();
        assertThat(DatabaseFailures.isTransient(new SQLException("value too long", "22001")))
                .isFalse();
        assertThat(DatabaseFailures.isTransient(new PersistenceException(new SQLException("check violation", "23514"))))
                .isFalse();
        assertThat(DatabaseFailures.isTransient(new IllegalStateException("bug")))
                .isFalse();
    }
}
