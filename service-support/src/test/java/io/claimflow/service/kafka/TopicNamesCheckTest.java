package io.claimflow.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicNamesCheckTest {

    @Test
    void channelsOnContractTopicsPass() {
        assertThat(TopicNamesCheck.misnamed(Map.of(
                        "mp.messaging.incoming.claims.topic", Topics.CLAIMS.name(),
                        "mp.messaging.incoming.claims.dead-letter-queue.topic", Topics.CLAIMS.deadLetterTopic(),
                        "claimflow.kafka.topics", Topics.DOCUMENTS.name() + ", " + Topics.DOCUMENTS.deadLetterTopic())))
                .isEmpty();
    }

    @Test
    void aRenamedTopicIsNamed() {
        assertThat(TopicNamesCheck.misnamed(Map.of(
                        "mp.messaging.outgoing.documents.topic",
                        "my-documents",
                        "claimflow.kafka.topics",
                        Topics.DOCUMENTS.name() + ",other")))
                .containsExactlyInAnyOrder(
                        "mp.messaging.outgoing.documents.topic=my-documents",
                        "claimflow.kafka.topics=claimflow.documents.v1,other");
    }
}
