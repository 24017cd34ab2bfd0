package io.claimflow.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates bad requests for POST /documents, of every kind a client gets wrong, from a seed so a failure replays. */
final class BadRequests {

    private static final String VALID =
            "{\"text\": \"The U.S. let 4,000 fighters leave Raqqa.\", \"url\": \"https://example.org/a\", "
                    + "\"language\": \"en\"}";
    private static final List<String> WRONG_TYPES = List.of(
            "{\"text\": 42}",
            "{\"text\": true}",
            "{\"text\": [\"a\"]}",
            "{\"text\": {\"a\": 1}}",
            "{\"text\": null}",
            "{\"text\": \"ok\", \"url\": 5}",
            "{\"text\": \"ok\", \"publishedAt\": 20171113}",
            "{\"text\": \"ok\", \"id\": {}}",
            "{\"text\": \"ok\", \"title\": [1, 2]}",
            "{\"text\": \"ok\", \"source\": false}",
            "[{\"text\": \"in an array\"}]",
            "\"just a string\"",
            "12345",
            "null");
    private static final List<String> BAD_VALUES = List.of(
            "{\"text\": \"ok\", \"publishedAt\": \"2017-13-45T10:00:00Z\"}",
            "{\"text\": \"ok\", \"publishedAt\": \"yesterday\"}",
            "{\"text\": \"ok\", \"publishedAt\": \"2017-11-13\"}",
            "{\"text\": \"ok\", \"url\": \"not a url\"}",
            "{\"text\": \"ok\", \"url\": \"ftp://example.org/x\"}",
            "{\"text\": \"ok\", \"url\": \"javascript:alert(1)\"}",
            "{\"text\": \"ok\", \"url\": \"http://\"}",
            "{\"text\": \"ok\", \"url\": \"https://example{org/a\"}",
            "{\"text\": \"ok\", \"language\": \"english\"}",
            "{\"text\": \"ok\", \"language\": \"e1\"}",
            "{\"text\": \"ok\", \"id\": \"has spaces in it\"}",
            "{\"text\": \"ok\", \"id\": \"-starts-with-dash\"}",
            "{\"text\": \"ok\", \"title\": \"" + "t".repeat(1001) + "\"}",
            "{\"text\": \"ok\", \"unknown\": \"field\"}");
    private static final List<String> BLANK_TEXTS = List.of("", " ", "\n\t  \r\n", "\u00a0\u2003", "   \n   ");
    private static final List<String> UNSUPPORTED = List.of(
            "application/xml",
            "image/png",
            "application/pdf",
            "text/csv",
            "application/octet-stream",
            "audio/mpeg",
            "application/zip");

    private BadRequests() {}

    /** One bad request: the kind of mistake, its content type (null for none), query and body. */
    record Request(String kind, String contentType, String query, byte[] body) {
        String describe() {
            String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.ISO_8859_1);
            return query + " " + text.replaceAll("[^\\x20-\\x7e]", "?");
        }
    }

    static List<Request> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(
                    switch (i % 13) {
                        case 0 -> new Request("malformed-json", "application/json", "", truncated(random));
                        case 1 -> new Request("malformed-json", "application/json", "", garbled(random));
                        case 2 ->
                            new Request(
                                    "wrong-type",
                                    "application/json",
                                    "",
                                    utf8(WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()))));
                        case 3 ->
                            new Request(
                                    "bad-value",
                                    "application/json",
                                    "",
                                    utf8(BAD_VALUES.get(random.nextInt(BAD_VALUES.size()))));
                        case 4 ->
                            new Request(
                                    "blank-text",
                                    "application/json",
                                    "",
                                    utf8("{\"text\": \"" + escape(blank(random)) + "\"}"));
                        case 5 -> new Request("blank-text", "text/plain", "", utf8(blank(random)));
                        case 6 ->
                            new Request(
                                    "invalid-bytes",
                                    random.nextBoolean() ? "text/plain; charset=UTF-8" : "text/html",
                                    "",
                                    invalidUtf8(random));
                        case 7 ->
                            new Request(
                                    "binary",
                                    List.of("text/plain", "application/json", "text/html")
                                            .get(random.nextInt(3)),
                                    "",
                                    binary(random));
                        case 8 ->
                            new Request(
                                    "unsupported-media-type",
                                    UNSUPPORTED.get(random.nextInt(UNSUPPORTED.size())),
                                    "",
                                    utf8(VALID));
                        case 9 ->
                            new Request(
                                    "bad-metadata",
                                    "text/plain",
                                    List.of(
                                                    "?publishedAt=soon",
                                                    "?url=nope",
                                                    "?language=xx1",
                                                    "?id=%20bad%20",
                                                    "?publishedAt=2017-02-30T00:00:00Z")
                                            .get(random.nextInt(5)),
                                    utf8("Some text " + i));
                        case 10 ->
                            new Request(
                                    "bad-batch",
                                    "application/x-ndjson",
                                    "",
                                    random.nextBoolean() ? binary(random) : utf8("\n\n  \n"));
                        case 11 ->
                            new Request(
                                    "bad-charset",
                                    "text/plain; charset="
                                            + List.of("klingon", "utf-9", "x-none")
                                                    .get(random.nextInt(3)),
                                    "",
                                    utf8("text"));
                        default -> new Request("no-content-type", null, "", utf8(VALID));
                    });
        }
        // A few of the expensive ones: bodies over the limit, batches over their line limit.
        requests.add(new Request("too-large", "text/plain", "", new byte[5 * 1024 * 1024 + 10]));
        requests.add(new Request(
                "too-large", "application/json", "", utf8("{\"text\": \"" + "a".repeat(6 * 1024 * 1024) + "\"}")));
        requests.add(
                new Request("too-many-lines", "application/x-ndjson", "", utf8("{\"text\": \"line\"}\n".repeat(1001))));
        return requests;
    }

    private static byte[] truncated(Random random) {
        return utf8(VALID.substring(0, 1 + random.nextInt(VALID.length() - 2)));
    }

    /** The valid document with a few characters swapped for JSON punctuation, until it no longer parses. */
    private static byte[] garbled(Random random) {
        while (true) {
            char[] chars = VALID.toCharArray();
            for (int j = 0; j < 1 + random.nextInt(3); j++) {
                chars[random.nextInt(chars.length)] = "{}[]\":,".charAt(random.nextInt(7));
            }
            String garbled = new String(chars);
            if (!parses(garbled)) {
                return utf8(garbled);
            }
        }
    }

    private static boolean parses(String json) {
        try {
            new ObjectMapper().readTree(json);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String blank(Random random) {
        return BLANK_TEXTS.get(random.nextInt(BLANK_TEXTS.size()));
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] prefix = utf8("Text with a broken byte ");
        byte[] body = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) (0x80 + random.nextInt(0x40));
        body[prefix.length + 1] = (byte) 0xFF;
        return body;
    }

    private static byte[] binary(Random random) {
        byte[] body = new byte[16 + random.nextInt(256)];
        random.nextBytes(body);
        body[random.nextInt(body.length)] = 0;
        return body;
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
