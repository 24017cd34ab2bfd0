package io.claimflow.testkit.quarkus;

import io.claimflow.stack.Readiness;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of a {@code @QuarkusTest} against a service that creates its Kafka topics at start-up: each test starts once the
 * service reports ready, so nothing is produced to a topic that does not exist yet.
 */
public abstract class ReadyServiceTest {

    protected static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    protected URL service;

    @BeforeEach
    void awaitServiceReady() {
        Readiness.await(service.toString(), READY_TIMEOUT);
    }
}
