package io.claimflow.match.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostTextTest {

    @Test
    void linksGoAndHashtagsBecomeWords() {
        assertThat(words("How are butterflies surviving the #AustralianFires? Footage pic.twitter.com/0eJtwJyS1J"
                        + " https://t.co/yoEOL6vXBm — Center for Bio Div (@CenterForBioDiv) January 14, 2020"))
                .isEqualTo("How are butterflies surviving the Australian Fires? Footage — Center for Bio Div"
                        + " (@CenterForBioDiv) January 14, 2020");
        assertThat(words("caught on camera.#IranUsa")).isEqualTo("caught on camera. Iran Usa");
        assertThat(PostText.words("Crime fell 20% in 2023.")).isEqualTo("Crime fell 20% in 2023.");
    }

    private static String words(String text) {
        return PostText.words(text).replaceAll("\\s+", " "); // where a link was, spaces are left
    }
}
