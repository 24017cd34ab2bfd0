package io.claimflow.service.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.topic.Topics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A service's channels find its own consumer group's dead-letter and redrive topics under the topic's alias. */
class TopicConfigSourceTest {

    @Test
    void aConsumerGetsItsGroupsDeadLetterAndRedriveTopicOfEachTopicItReads() {
        Map<String, String> store = TopicConfigSource.topicProperties(Topics.STORE_SERVICE);
        assertThat(store)
                .containsEntry("claimflow.topic.documents", "claimflow.documents.v1")
                .containsEntry("claimflow.topic.documents.dlq", "claimflow.documents.v1.store-service.dlq")
                .containsEntry("claimflow.topic.documents.redrive", "claimflow.documents.v1.store-service.redrive")
                .containsEntry("claimflow.topic.alerts.dlq", Topics.ALERT_DELIVERY_DEAD_LETTERS)
                .doesNotContainKey("claimflow.topic.alerts.redrive");

        Map<String, String> extract = TopicConfigSource.topicProperties(Topics.EXTRACT_SERVICE);
        assertThat(extract)
                .containsEntry("claimflow.topic.documents.dlq", "claimflow.documents.v1.extract-service.dlq")
                .containsEntry("claimflow.topic.documents.redrive", "claimflow.documents.v1.extract-service.redrive")
                .containsEntry("claimflow.topic.claims", "claimflow.claims.v1")
                .doesNotContainKeys("claimflow.topic.claims.dlq", "claimflow.topic.claims.redrive");
    }

    @Test
    void aServiceThatConsumesNothingOrNoServiceGetsTheTopicsOnly() {
        assertThat(TopicConfigSource.topicProperties(Topics.INGEST_SERVICE).keySet())
                .noneMatch(key -> key.endsWith(".dlq") || key.endsWith(".redrive"));
        assertThat(TopicConfigSource.topicProperties(null)).hasSize(Topics.ALL.size());
    }
}
