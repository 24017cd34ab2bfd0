package io.claimflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The lag sampler opens with its own settings and answers nothing, not an error, when Kafka does not answer. */
class ConsumerLagTest {

    @Test
    void aKafkaThatDoesNotAnswerGivesNoLags() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (ConsumerLag lag = new ConsumerLag("localhost:" + port)) {
            assertThat(lag.lags()).isEmpty();
        }
    }
}
