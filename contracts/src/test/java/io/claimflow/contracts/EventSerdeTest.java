package io.claimflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimflowEvent;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.contracts.serde.CloudEventHeaders;
import io.claimflow.contracts.serde.EventDeserializer;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topic;
import io.claimflow.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class EventSerdeTest {

    @Test
    void roundTripsEveryEventAndWritesCloudEventsHeaders() {
        for (ClaimflowEvent event : SampleEvents.all()) {
            Topic<?> topic = Topics.forValueType(event.getClass());
            RecordHeaders headers = new RecordHeaders();
            byte[] json = serializer("urn:claimflow:test").serialize(topic.name(), headers, event);

            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.SPEC_VERSION))
                    .isEqualTo("1.0");
            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.ID)).isEqualTo(event.eventId());
            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.TYPE)).isEqualTo(topic.eventType());
            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.SOURCE)).isEqualTo("urn:claimflow:test");
            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.TIME))
                    .isEqualTo(event.eventTime().toString());
            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.SUBJECT))
                    .isEqualTo(event.key());
            assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.CONTENT_TYPE))
                    .isEqualTo("application/json");
            assertThat(new EventDeserializer<>(topic.valueType()).deserialize(topic.name(), headers, json))
                    .isEqualTo(event);
        }
    }

    @Test
    void reSerializingReplacesHeadersInsteadOfAddingSecondOnes() {
        RecordHeaders headers = new RecordHeaders();
        EventSerializer<ClaimflowEvent> serializer = serializer("urn:a");
        serializer.serialize(Topics.CLAIMS.name(), headers, SampleEvents.fullClaim());
        serializer.serialize(Topics.CLAIMS.name(), headers, SampleEvents.fullClaim());
        assertThat(headers.headers(CloudEventHeaders.ID)).hasSize(1);
    }

    @Test
    void sourceComesFromProducerConfig() {
        EventSerializer<ClaimflowEvent> serializer = new EventSerializer<>();
        serializer.configure(Map.of(EventSerializer.SOURCE_CONFIG, "urn:claimflow:ingest-service"), false);
        RecordHeaders headers = new RecordHeaders();
        serializer.serialize(Topics.DOCUMENTS.name(), headers, SampleEvents.fullDocument());
        assertThat(CloudEventHeaders.get(headers, CloudEventHeaders.SOURCE)).isEqualTo("urn:claimflow:ingest-service");
    }

    @Test
    void reflectiveDeserializerTakesTypeFromConfigOrTopic() {
        byte[] json =
                serializer("urn:x").serialize(Topics.CLAIMS.name(), new RecordHeaders(), SampleEvents.fullClaim());

        EventDeserializer<ClaimExtracted> configured = new EventDeserializer<>();
        configured.configure(Map.of(EventDeserializer.VALUE_TYPE_CONFIG, ClaimExtracted.class.getName()), false);
        assertThat(configured.deserialize("any-topic", json)).isEqualTo(SampleEvents.fullClaim());

        assertThat(new EventDeserializer<>().deserialize(Topics.CLAIMS.name(), json))
                .isEqualTo(SampleEvents.fullClaim());
    }

    @Test
    void refusesAnotherEventTypeOrSpecVersion() {
        RecordHeaders headers = new RecordHeaders();
        byte[] json = serializer("urn:x").serialize(Topics.DOCUMENTS.name(), headers, SampleEvents.fullDocument());
        headers.remove(CloudEventHeaders.TYPE);
        headers.add(CloudEventHeaders.TYPE, "io.claimflow.document.submitted.v2".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Topics.DOCUMENTS.deserializer().deserialize(Topics.DOCUMENTS.name(), headers, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unsupported event type io.claimflow.document.submitted.v2");

        RecordHeaders oldSpec = new RecordHeaders();
        oldSpec.add(CloudEventHeaders.SPEC_VERSION, "0.3".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Topics.DOCUMENTS.deserializer().deserialize(Topics.DOCUMENTS.name(), oldSpec, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("spec version 0.3");
    }

    @Test
    void refusesMalformedJsonAndMissingRequiredFieldsWithAClearMessage() {
        EventDeserializer<DocumentSubmitted> deserializer = Topics.DOCUMENTS.deserializer();
        assertThatThrownBy(() -> deserializer.deserialize(Topics.DOCUMENTS.name(), bytes("{not json")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid DocumentSubmitted");
        assertThatThrownBy(() -> deserializer.deserialize(
                        Topics.DOCUMENTS.name(),
                        bytes("{\"documentId\":\"d\",\"receivedAt\":\"2026-01-01T00:00:00Z\"}")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("text is required");
        assertThatThrownBy(() ->
                        Topics.CLAIMS.deserializer().deserialize(Topics.CLAIMS.name(), bytes("{\"claimId\":\"c\"}")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid ClaimExtracted");
    }

    @Test
    void ignoresFieldsAddedByNewerProducers() {
        String json = "{\"documentId\":\"d\",\"text\":\"t\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"addedLater\":42}";
        assertThat(Topics.DOCUMENTS
                        .deserializer()
                        .deserialize(Topics.DOCUMENTS.name(), bytes(json))
                        .documentId())
                .isEqualTo("d");
    }

    @Test
    void tombstonesStayNull() {
        assertThat(Topics.CLAIMS.deserializer().deserialize(Topics.CLAIMS.name(), null))
                .isNull();
        assertThat(serializer("urn:x").serialize(Topics.CLAIMS.name(), new RecordHeaders(), null))
                .isNull();
    }

    private static EventSerializer<ClaimflowEvent> serializer(String source) {
        return new EventSerializer<>(source);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
