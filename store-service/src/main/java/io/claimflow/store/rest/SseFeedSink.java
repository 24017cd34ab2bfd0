package io.claimflow.store.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.store.service.FeedSink;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;

/** A live feed's connection as Server-Sent Events: event {@code claim}, id the claim's sequence number. */
final class SseFeedSink implements FeedSink {

    private final SseEventSink sink;
    private final Sse sse;

    SseFeedSink(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    public boolean isClosed() {
        return sink.isClosed();
    }

    @Override
    public CompletionStage<?> sendClaim(long seq, ClaimExtracted claim) {
        return sink.send(sse.newEventBuilder()
                .id(Long.toString(seq))
                .name("claim")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, json(claim))
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

    private static String json(ClaimExtracted claim) {
        try {
            return EventJson.mapper().writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim cannot be written as JSON", e);
        }
    }
}
