package io.claimflow.store.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.store.service.FeedSink;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;

/** A live feed's connection as Server-Sent Events: one event of the given name per item, id its sequence number. */
final class SseFeedSink<T> implements FeedSink<T> {

    private final SseEventSink sink;
    private final Sse sse;
    private final String eventName;

    SseFeedSink(SseEventSink sink, Sse sse, String eventName) {
        this.sink = sink;
        this.sse = sse;
        this.eventName = eventName;
    }

    @Override
    public boolean isClosed() {
        return sink.isClosed();
    }

    @Override
    public CompletionStage<?> send(long seq, T item) {
        return sink.send(sse.newEventBuilder()
                .id(Long.toString(seq))
                .name(eventName)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json(item))
                .build());
    }

    @Override
    public CompletionStage<?> sendKeepAlive() {
        return sink.send(sse.newEventBuilder().comment("keep-alive").build());
    }

    @Override
    public void close() {
        if (!sink.isClosed()) {
            sink.close();
        }
    }

    private String json(T item) {
        try {
            return EventJson.mapper().writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + eventName + " cannot be written as JSON", e);
        }
    }
}
