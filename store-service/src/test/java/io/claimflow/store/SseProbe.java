package io.claimflow.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client for tests: connects, and collects the events (id, name, data) it receives. */
final class SseProbe implements AutoCloseable {

    /** One received event. */
    record Event(String id, String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    private SseProbe(URI uri, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> {
            lines = answer.body();
            List<String> block = new ArrayList<>();
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    dispatch(block);
                    block.clear();
                } else {
                    block.add(line);
                }
            });
        });
    }

    static SseProbe connect(URI uri, String lastEventId) {
        return new SseProbe(uri, lastEventId);
    }

    int status() throws Exception {
        // A generous wait for the answer, not a budget: registering a feed is quick unless the machine is loaded.
        return response.get(StoreFixtures.WAIT.toSeconds(), TimeUnit.SECONDS).statusCode();
    }

    /** The next event, waiting up to the timeout; null if none came. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void dispatch(List<String> block) {
        String id = null;
        String name = "message";
        StringBuilder data = new StringBuilder();
        for (String line : block) {
            if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.length() > 0 ? "\n" : "")
                        .append(line.substring(5).stripLeading());
            }
        }
        if (data.length() > 0) {
            events.add(new Event(id, name, data.toString()));
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }
}
