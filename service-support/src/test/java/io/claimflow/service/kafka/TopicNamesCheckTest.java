package io.claimflow.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicNamesCheckTest {

    @Test
    void channelsOnContractTopicsPass() {
        assertThat(TopicNamesCheck.misnamed(Map.of(
                        "mp.messaging.incoming.claims.topics",
                        Topics.CLAIMS.name() + "," + Topics.CLAIMS.redriveTopic(Topics.STORE_SERVICE),
                        "mp.messaging.incoming.claims.dead-letter-queue.topic",
                        Topics.CLAIMS.deadLetterTopic(Topics.STORE_SERVICE),
                        "claimflow.kafka.topics",
                        Topics.DOCUMENTS.name() + ", " + Topics.DOCUMENTS.deadLetterTopic(Topics.EXTRACT_SERVICE))))
                .isEmpty();
    }

    @Test
    void aRenamedTopicIsNamed() {
        assertThat(TopicNamesCheck.misnamed(Map.of(
                        "mp.messaging.outgoing.documents.topic",
                        "my-documents",
                        "mp.messaging.incoming.claims.topics",
                        Topics.CLAIMS.name() + ",claimflow.claims.v1.dlq",
                        "claimflow.kafka.topics",
                        Topics.DOCUMENTS.name() + ",other")))
                .containsExactlyInAnyOrder(
                        "mp.messaging.outgoing.documents.topic=my-documents",
                        "mp.messaging.incoming.claims.topics=claimflow.claims.v1,claimflow.claims.v1.dlq",
                        "claimflow.kafka.topics=claimflow.documents.v1,other");
    }
}
