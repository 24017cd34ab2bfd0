package io.claimflow.tools.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimflow.engine.pack.LanguageResources;
import io.claimflow.engine.score.CheckworthinessFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings search and the thresholds come from the training splits alone: there is no development set here. */
class SettingsSearchTest {

    private static final TrainingSettings NO_PASS = new TrainingSettings(0, 0.5, 1e-6);
    private static final TrainingSettings LEARNS = new TrainingSettings(3, 0.5, 1e-6);

    @TempDir
    Path folder;

    @Test
    void choosesTheSettingsThatSeparateTheTrainingSentencesWithoutADevelopmentSet() throws IOException {
        write("english", "Text", 60);
        write("dutch", "tweet_text", 20);
        write("arabic", "tweet_text", 20);
        Ct24 data = new Ct24(folder);
        assertThatThrownBy(() -> data.read("en", "dev")).isInstanceOf(UncheckedIOException.class);
        CheckworthinessTraining training = new CheckworthinessTraining(
                new CheckworthinessFeatures(LanguageResources.load(), CheckworthinessTraining.HASH_BITS),
                List.of(NO_PASS, LEARNS),
                line -> {});
        List<LabeledSentence> sentences = CheckworthinessTraining.trainingSentences(data);

        ChosenSettings chosen = training.search(sentences);
        CheckworthinessTraining.Trained trained = training.train(sentences, chosen);

        // Listed first, a setting without a pass over the data scores everything 0.5: only "all positive" is reachable.
        assertThat(chosen).isEqualTo(new ChosenSettings(LEARNS, LEARNS));
        assertThat(trained.crossValidated().get("en").f1()).isGreaterThan(0.9);
        assertThat(trained.thresholds()).containsOnlyKeys("en", "nl", "ar");
    }

    /** Positives state a figure; negatives are opinions without one. */
    private void write(String language, String column, int rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id\t" + column + "\tclass_label");
        for (int i = 0; i < rows; i++) {
            String text = i % 3 == 0
                    ? "Unemployment rose by " + (i + 3) + " percent in " + (1990 + i) + "."
                    : "I think this is a wonderful evening number " + "abcdefghij".charAt(i % 10) + "!";
            lines.add(i + "\t" + text + "\t" + (i % 3 == 0 ? "Yes" : "No"));
        }
        Files.write(folder.resolve("CT24_checkworthy_" + language + "_train.tsv"), lines, StandardCharsets.UTF_8);
    }
}
