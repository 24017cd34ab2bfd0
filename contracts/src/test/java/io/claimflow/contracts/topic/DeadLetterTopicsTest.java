package io.claimflow.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each consumer group has its own dead-letter and redrive topic per topic it reads, named by one rule. */
class DeadLetterTopicsTest {

    @Test
    void namesCarryTheTopicAndTheGroup() {
        assertThat(Topics.DOCUMENTS.deadLetterTopic(Topics.STORE_SERVICE))
                .isEqualTo("claimflow.documents.v1.store-service.dlq");
        assertThat(Topics.DOCUMENTS.redriveTopic(Topics.EXTRACT_SERVICE))
                .isEqualTo("claimflow.documents.v1.extract-service.redrive");
        assertThat(Topics.ALERT_DELIVERY_DEAD_LETTERS).isEqualTo("claimflow.alerts.v1.store-service.dlq");
    }

    @Test
    void theConsumersAreTheReadersInsideClaimflow() {
        assertThat(Topics.CLAIMS.consumers()).containsExactly(Topics.STORE_SERVICE, Topics.MATCH_SERVICE);
        assertThat(Topics.DOCUMENTS.consumers()).containsExactly(Topics.EXTRACT_SERVICE, Topics.STORE_SERVICE);
        assertThat(Topics.ALERTS.consumers()).isEmpty();
    }

    @Test
    void everyConsumerOfEveryTopicHasBothAndNoOneElse() {
        assertThat(Topics.DEAD_LETTER_TOPICS)
                .doesNotHaveDuplicates()
                .contains(
                        "claimflow.documents.v1.extract-service.dlq",
                        "claimflow.documents.v1.store-service.dlq",
                        "claimflow.claims.v1.match-service.dlq",
                        "claimflow.factchecks.v1.match-service.dlq",
                        Topics.ALERT_DELIVERY_DEAD_LETTERS)
                .doesNotContain("claimflow.claims.v1.extract-service.dlq", "claimflow.claims.v1.downstream.dlq");
        int consumed =
                Topics.ALL.stream().mapToInt(topic -> topic.consumers().size()).sum();
        assertThat(Topics.REDRIVE_TOPICS).doesNotHaveDuplicates().hasSize(consumed);
        assertThat(Topics.DEAD_LETTER_TOPICS).hasSize(consumed + 1);
        for (Topic<?> topic : Topics.ALL) {
            for (String group : topic.consumers()) {
                assertThat(Topics.DEAD_LETTER_TOPICS).contains(topic.deadLetterTopic(group));
                assertThat(Topics.REDRIVE_TOPICS).contains(topic.redriveTopic(group));
            }
        }
    }

    @Test
    void noneOfThemIsAContractTopicOrCompacted() {
        List<String> names = Topics.ALL.stream().map(Topic::name).toList();
        assertThat(Topics.DEAD_LETTER_TOPICS).doesNotContainAnyElementsOf(names);
        assertThat(Topics.REDRIVE_TOPICS).doesNotContainAnyElementsOf(names);
        assertThat(Topics.REDRIVE_TOPICS).noneMatch(Topics::isCompacted);
    }

    @Test
    void aGroupThatDoesNotReadTheTopicHasNoRedriveTopicForIt() {
        assertThatThrownBy(() -> Topics.CLAIMS.redriveTopic(Topics.EXTRACT_SERVICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extract-service does not consume claimflow.claims.v1");
        assertThatThrownBy(() -> Topics.CLAIMS.redriveTopic(Topics.DOWNSTREAM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.CLAIMS.deadLetterTopic("claimflow-store"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Claimflow service");
    }
}
