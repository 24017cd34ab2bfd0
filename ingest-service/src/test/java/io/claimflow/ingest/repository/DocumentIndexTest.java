package io.claimflow.ingest.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.ingest.repository.DocumentIndex.Entry;
import io.claimflow.stack.DatabaseCoordinates;
import io.claimflow.testkit.postgres.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The index of accepted documents on a real PostgreSQL, as two ingest instances share it: of two submissions of one id
 * at the same moment, each through its own instance, exactly one may publish; an attempt is named by its time stamp, so
 * a late word on an attempt that was taken over changes nothing.
 */
class DocumentIndexTest {

    private static DocumentIndex first;
    private static DocumentIndex second;

    @BeforeAll
    static void migrate() {
        DatabaseCoordinates database = TestPostgres.newDatabase("ingest-index");
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .schemas("ingest")
                .locations("classpath:db/ingest")
                .load()
                .migrate();
        first = new DocumentIndex(dataSource(database));
        second = new DocumentIndex(dataSource(database));
    }

    @Test
    void ofTwoInstancesClaimingOneIdAtOnceExactlyOnePublishes() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "race-" + i;
                for (DocumentIndex instance : List.of(first, second, first, second)) {
                    Callable<Boolean> claim =
                            () -> instance.claim(id, "key-" + id, now()).isEmpty();
                    claims.add(threads.submit(claim));
                }
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClaimShowsWhatTheEarlierSubmissionLeft() {
        Instant attempt = now();
        assertThat(first.claim("shown", "key-a", attempt)).isEmpty();
        assertThat(second.claim("shown", "key-b", now())).contains(new Entry("key-a", false, attempt));
        assertThat(second.accept("shown", attempt)).isTrue();
        assertThat(first.claim("shown", "key-a", now())).contains(new Entry("key-a", true, attempt));
    }

    @Test
    void aReleasedIdIsFreeAgainAndAStaleWordOnATakenOverAttemptChangesNothing() {
        Instant attempt = now();
        assertThat(first.claim("released", "key", attempt)).isEmpty();
        assertThat(first.release("released", attempt)).isTrue();
        assertThat(first.find("released")).isEmpty();

        Instant retried = now().plusMillis(1);
        assertThat(second.claim("released", "key", retried)).isEmpty();
        Instant takenOver = retried.plusMillis(1);
        assertThat(first.takeOver("released", retried, takenOver)).isTrue();
        assertThat(second.takeOver("released", retried, takenOver.plusMillis(1)))
                .as("only one instance takes an attempt over")
                .isFalse();
        assertThat(second.release("released", retried)).isFalse();
        assertThat(second.accept("released", retried)).isFalse();
        assertThat(first.find("released")).map(Entry::accepted).contains(false);
        assertThat(first.accept("released", takenOver)).isTrue();
        assertThat(first.release("released", takenOver))
                .as("an accepted document is never given up")
                .isFalse();
    }

    private static Instant now() {
        return DocumentIndex.attemptTime(Instant.now());
    }

    private static PGSimpleDataSource dataSource(DatabaseCoordinates database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        dataSource.setCurrentSchema("ingest");
        return dataSource;
    }
}
