package io.claimflow.engine.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.engine.ClaimflowEngine;
import io.claimflow.engine.TestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Check-worthiness scores of the committed model. */
class CheckworthinessScorerTest {

    private final ClaimflowEngine engine = TestEngine.get();

    @Test
    void factualStatementsWithNumbersOutscoreOpinionsAndPleasantries() {
        double[] scores = engine.score(List.of(
                "The unemployment rate fell to 4.2 percent in 2019, the lowest level in fifty years.",
                "I think we should all be very proud of what this wonderful country can do.",
                "Thank you very much, it is great to be here tonight."));
        assertThat(scores[0]).isGreaterThan(0.5).isGreaterThan(scores[1]).isGreaterThan(scores[2]);
        assertThat(scores[1]).isLessThan(0.5);
        assertThat(scores[2]).isLessThan(0.5);
    }

    @Test
    void scoresLanguagesWithoutTrainingDataFromWhatCarriesAcross() {
        CheckworthinessScorer scorer = engine.scorer();
        double claim = scorer.score(
                "Enligt försvarsdepartementet lämnade omkring 4 000 soldater staden Raqqa i oktober 2017.", "sv");
        double chatter = scorer.score("Tack så mycket, jag tycker att vi ska ha en trevlig kväll!", "sv");
        assertThat(claim).isBetween(0.0, 1.0).isGreaterThan(chatter);
        assertThat(claim).isGreaterThan(0.5);
        double albanian =
                scorer.score("Sipas ministrisë, 40 makina me luftëtarë u larguan nga Raqqa në tetor 2017.", "sq");
        assertThat(albanian).isGreaterThan(scorer.score("Faleminderit shumë, ju uroj një mbrëmje të mirë!", "sq"));
    }

    @Test
    void everyScoreIsWithinZeroAndOne() {
        for (double score :
                engine.score(List.of("", "?", "12345", "a b c d e f g h i j k l m n o p q r s t u v w x y z"))) {
            assertThat(score).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theCommittedModelIsSmall() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CheckworthinessModel.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(5 * 1024 * 1024);
        }
    }
}
