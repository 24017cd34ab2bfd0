package io.claimflow.tools.factcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the learned models of the fact-check library are written: match-engine's resources, from the repo's root. */
final class ModelResources {

    private static final Path FOLDER = Path.of("match-engine/src/main/resources/io/claimflow/match/factcheck");

    /** The command every model's comment names, with its {@code -Dexec.args}. */
    static final String COMMAND = "./mvnw -B -q -pl extract-tools -am test-compile -Pevaluate-factchecks -Dexec.args=";

    private ModelResources() {}

    /** Writes a model's text to its resource and says so. */
    static void write(String resource, String text) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("match-engine"))) {
            throw new IllegalStateException("run from the repository's root (no match-engine/ in " + root + ")");
        }
        Path file = root.resolve(FOLDER).resolve(resource);
        Files.writeString(file, text);
        System.out.println("wrote " + FOLDER.resolve(resource));
    }

    /** Flattens labelled rows for {@link LogisticRegression#fit}. */
    static boolean[] labels(List<Boolean> labels) {
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        return y;
    }
}
