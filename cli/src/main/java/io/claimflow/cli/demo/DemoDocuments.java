package io.claimflow.cli.demo;

import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Documents to show Claimflow with: the team's sample documents where the shared folder is there, else the few
 * documents this project wrote for the purpose (in this jar, named in {@code demo/index.list}).
 */
public final class DemoDocuments {

    private static final String BUNDLED = "/io/claimflow/cli/demo/";

    private DemoDocuments() {}

    /** File name → text, in name order; the source says where they came from. */
    public record Documents(String source, Map<String, String> byName) {}

    public static Documents load() {
        Path samples = SharedData.resolve("samples").orElse(null);
        return samples != null
                ? new Documents(samples.toString(), fromFolder(samples))
                : new Documents("bundled demo documents", bundled());
    }

    /** The project's own demo documents only. */
    public static Map<String, String> bundled() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String name : read(BUNDLED + "index.list")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .sorted()
                .toList()) {
            documents.put(name, read(BUNDLED + name));
        }
        return documents;
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

    private static String read(String resource) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
