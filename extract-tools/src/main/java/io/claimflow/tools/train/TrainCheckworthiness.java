package io.claimflow.tools.train;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.score.CheckworthinessFeatures;
import io.claimflow.engine.score.CheckworthinessModel;
import io.claimflow.tools.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The training command: chooses settings and thresholds by cross-validation on the CT24 training sets, trains on all of
 * them, and only then reads the development sets to report F1; writes the model and the chosen settings to the paths
 * given (by default the committed files).
 */
public final class TrainCheckworthiness {

    private TrainCheckworthiness() {}

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : committed("extract-engine/src/main/resources", null);
        Path settingsOut = args.length > 1
                ? Path.of(args[1])
                : committed("extract-tools/src/main/resources", ChosenSettings.RESOURCE);
        Ct24 data = new Ct24(SharedData.require().resolve("datasets/ct24"));
        CheckworthinessTraining training = new CheckworthinessTraining(
                new CheckworthinessFeatures(LanguageResources.load(), CheckworthinessTraining.HASH_BITS),
                CheckworthinessTraining.GRID,
                System.out::println);
        long started = System.nanoTime();
        List<LabeledSentence> sentences = CheckworthinessTraining.trainingSentences(data);
        ChosenSettings settings = training.search(sentences);
        CheckworthinessTraining.Trained trained = training.train(sentences, settings);
        System.out.printf(
                Locale.ROOT,
                "searched and trained in %.1f s; chosen by %d-fold cross-validation on the training sets:%n"
                        + "  lexical: %s, thresholds %s%n  language-independent: %s, threshold %.2f%n",
                (System.nanoTime() - started) / 1e9,
                CheckworthinessTraining.FOLDS,
                settings.lexical(),
                trained.thresholds(),
                settings.universal(),
                trained.universalThreshold());
        trained.crossValidated()
                .forEach((language, f1) -> System.out.println("cross-validated " + language + ": " + f1));
        // The model is final: only now are the development sets read, once, to report.
        CheckworthinessModel model = trained.model();
        training.evaluate(model, data).forEach((language, f1) -> System.out.println("dev " + language + ": " + f1));
        write(model, out);
        settings.write(settingsOut);
        System.out.println("wrote " + settingsOut.toAbsolutePath());
    }

    private static void write(CheckworthinessModel model, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        System.out.println("wrote " + out.toAbsolutePath() + " (" + Files.size(out) + " bytes)");
    }

    /** A committed file in a module's sources, from the repository root or from a module's folder. */
    private static Path committed(String resources, String resource) {
        Path file = Path.of(resources).resolve(resource == null ? CheckworthinessModel.RESOURCE : resource);
        return Files.isDirectory(Path.of("extract-engine"))
                ? file
                : Path.of("..").resolve(file);
    }
}
