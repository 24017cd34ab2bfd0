package io.claimflow.cli.demo;

import io.claimflow.engine.SampleDocuments;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Documents to show Claimflow with: the team's sample documents where the shared folder is there, else the few
 * documents this project wrote for the purpose (the engine's {@link SampleDocuments}).
 */
public final class DemoDocuments {

    private DemoDocuments() {}

    /** File name → text, in name order; the source says where they came from. */
    public record Documents(String source, Map<String, String> byName) {}

    public static Documents load() {
        Path samples = SharedData.resolve("samples").orElse(null);
        return samples != null
                ? new Documents(samples.toString(), fromFolder(samples))
                : new Documents("bundled demo documents", SampleDocuments.all());
    }

    private static Map<String, String> fromFolder(Path folder) {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                documents.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return documents;
    }
}
