package io.claimflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A few short documents this project wrote (news, a blog, a forum post, in English and Swedish; listed in
 * {@code samples/index.list}): what {@code claimflow up --demo} ingests where the team's samples are absent, and what
 * extract-service warms the engine up with before it reports ready.
 */
public final class SampleDocuments {

    /** The folder of the documents, on the classpath and under this module's resources. */
    public static final String FOLDER = "io/claimflow/engine/samples/";

    private SampleDocuments() {}

    /** File name → text, in name order. */
    public static Map<String, String> all() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String name : read("index.list")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .sorted()
                .toList()) {
            documents.put(name, read(name));
        }
        return documents;
    }

    private static String read(String name) {
        try (InputStream in = SampleDocuments.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
