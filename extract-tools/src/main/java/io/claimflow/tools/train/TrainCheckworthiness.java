package io.claimflow.tools.train;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The training command: trains the check-worthiness model on {@code <shared>/datasets/ct24}, prints its F1 on the
 * development sets and writes it to the path given (by default the module's committed model file).
 */
public final class TrainCheckworthiness {

    private TrainCheckworthiness() {}

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : defaultOutput();
        Ct24 data = new Ct24(SharedData.require().resolve("datasets/ct24"));
        CheckworthinessTraining training = new CheckworthinessTraining(
                new CheckworthinessFeatures(LanguageResources.load(), CheckworthinessTraining.HASH_BITS));
        long started = System.nanoTime();
        CheckworthinessTraining.Trained trained = training.train(data);
        CheckworthinessModel model = trained.model();
        System.out.printf(
                Locale.ROOT,
                "trained in %.1f s; thresholds chosen on English dev: %.2f (lexical), %.2f"
                        + " (language-independent)%n",
                (System.nanoTime() - started) / 1e9,
                trained.lexicalThreshold(),
                trained.universalThreshold());
        training.evaluate(model, data).forEach((language, f1) -> System.out.println("dev " + language + ": " + f1));
        // A raw probability of 0.5 is a score of 1 - t once the scores are centred on the chosen threshold t.
        System.out.println("English dev at the untuned threshold (raw probability 0.5): "
                + training.evaluate(model, data, 1 - trained.lexicalThreshold()).get("en"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        System.out.println("wrote " + out.toAbsolutePath() + " (" + Files.size(out) + " bytes)");
    }

    /** The committed model file in the engine's sources, from the repository root or from a module's folder. */
    private static Path defaultOutput() {
        Path model = Path.of("extract-engine/src/main/resources").resolve(CheckworthinessModel.RESOURCE);
        return Files.isDirectory(Path.of("extract-engine"))
                ? model
                : Path.of("..").resolve(model);
    }
}
