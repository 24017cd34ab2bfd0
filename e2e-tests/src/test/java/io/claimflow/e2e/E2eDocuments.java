package io.claimflow.e2e;

import io.claimflow.engine.SampleDocuments;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents the end-to-end tests post: the five samples of ../shared/samples where that folder is present (as in
 * CI), else the project's own demo documents, those {@code claimflow up --demo} bundles.
 */
final class E2eDocuments {

    private static final Path BUNDLED = ServiceConfiguration.ROOT
            .resolve("extract-engine/src/main/resources")
            .resolve(SampleDocuments.FOLDER);

    private E2eDocuments() {}

    /** The folder holding them, one text file per document. */
    static Path folder() {
        return SharedData.resolve("samples").orElseGet(() -> {
            System.out.println(
                    "../shared/samples not found: the end-to-end tests post the project's demo documents from "
                            + BUNDLED);
            return BUNDLED;
        });
    }

    /** Whether the documents are the five samples of ../shared, one narrative told five ways. */
    static boolean areTheSamples() {
        return SharedData.resolve("samples").isPresent();
    }

    /** The 84 PolNeAR dev articles (2016 election news), file name → text, or none where ../shared is absent. */
    static Map<String, String> distractors() throws IOException {
        Optional<Path> folder = SharedData.resolve("datasets/polnear/dev/text");
        return folder.isPresent() ? texts(folder.get()) : Map.of();
    }

    /** File name → text, in name order. */
    static Map<String, String> load() throws IOException {
        return texts(folder());
    }

    private static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                documents.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return documents;
    }
}
