package io.claimflow.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckReaderTest {

    private final FactCheckReader reader = new FactCheckReader();

    @TempDir
    Path dir;

    @Test
    void readsAClaimReviewAsFactCheckersPublishItOnTheirPages() throws Exception {
        FactCheck check = only(read("claimreview-page.json"));
        assertThat(check.id()).isEqualTo(StableIds.factCheckId("https://factcheck.example.org/2017/raqqa-convoy"));
        assertThat(check.url()).isEqualTo("https://factcheck.example.org/2017/raqqa-convoy");
        assertThat(check.claimReviewed()).startsWith("The U.S.-led coalition let 4,000");
        assertThat(check.title()).isEqualTo("Did the coalition let ISIS fighters leave Raqqa?");
        assertThat(check.verdict()).isEqualTo("Half true");
        assertThat(check.publisher()).isEqualTo("Example Fact Check");
        assertThat(check.claimant()).isEqualTo("A. Blogger");
        assertThat(check.datePublished()).isEqualTo(LocalDate.of(2017, 11, 14));
        assertThat(check.language()).isEqualTo("en");
        assertThat(check.appearances())
                .containsExactly("https://blog.example.net/raqqa", "https://forum.example.com/t/123");
    }

    @Test
    void readsFactChecksAsTheTopicCarriesThemBack() throws Exception {
        FactCheck written = new FactCheck(
                "fc-9",
                "https://checks.example.org/fc-9",
                "4,000 fighters left Raqqa.",
                "Did they?",
                "Misleading",
                "Example Checks",
                "Surovikin",
                LocalDate.parse("2017-11-20"),
                "sv",
                List.of("https://example.org/a", "https://example.org/b"),
                "A convoy left Raqqa.");
        String ndjson = EventJson.mapper().writeValueAsString(written) + "\n"
                + EventJson.mapper().writeValueAsString(written);
        assertThat(reader.read("exported", ndjson)).containsExactly(written, written);
    }

    @Test
    void readsADataFeedAGraphAnArrayAndNdjson() throws Exception {
        List<FactCheck> feed = read("claimreview-feed.json");
        assertThat(feed).extracting(FactCheck::verdict).containsExactly("False", "Mostly false");
        assertThat(feed.get(0).datePublished()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(feed.get(1).id()).isEqualTo("checks-2");
        assertThat(feed.get(1).publisher()).isEqualTo("Checks");

        FactCheck graph = only(read("claimreview-graph.json"));
        assertThat(graph.language()).isEqualTo("es");
        assertThat(graph.publisher()).isEqualTo("Verificat");

        String page = resource("claimreview-page.json");
        assertThat(reader.read("array.json", "[" + page + "," + page.replace("raqqa-convoy", "other") + "]"))
                .extracting(FactCheck::url)
                .containsExactly(
                        "https://factcheck.example.org/2017/raqqa-convoy", "https://factcheck.example.org/2017/other");

        List<FactCheck> lines = read("claimreviews.ndjson");
        assertThat(lines).extracting(FactCheck::verdict).containsExactly("False", "Pants on fire");
        assertThat(lines.get(1).appearances()).containsExactly("https://x.example.com/moon");
        assertThat(lines.get(1).datePublished()).isEqualTo(LocalDate.of(2019, 7, 20));
    }

    @Test
    void readsTheCheckThatCollectionsAsTheyAre() throws Exception {
        List<FactCheck> snopes = read("vclaims-2a.jsonl");
        assertThat(snopes.get(0).id()).isEqualTo("vclaim-sno-fries");
        assertThat(snopes.get(0).url()).isNull();
        assertThat(snopes.get(0).publisher()).isEqualTo("David Mikkelson");
        assertThat(snopes.get(0).datePublished()).isEqualTo(LocalDate.of(2015, 5, 26));
        assertThat(snopes.get(0).body()).startsWith("Rumor:");
        assertThat(snopes.get(1).datePublished()).isNull();
        assertThat(snopes.get(2).datePublished()).isEqualTo(LocalDate.of(2009, 2, 21));
        assertThat(snopes.get(3).datePublished()).isNull(); // its date field holds article text, as in the collection
        assertThat(snopes.get(1).body()).isNull();
        assertThat(snopes).hasSize(4);

        FactCheck politifact = only(read("vclaims-2b.jsonl"));
        assertThat(politifact.verdict()).isEqualTo("false");
        assertThat(politifact.claimant()).isEqualTo("GayDonna Vandergriff");
        assertThat(politifact.publisher()).isNull();
        assertThat(politifact.datePublished()).isEqualTo(LocalDate.of(2019, 10, 22));
        assertThat(politifact.body()).startsWith("Republican GayDonna");
    }

    @Test
    void readsCsvWithQuotedCommasEscapedQuotesAndLineBreaks() throws Exception {
        List<FactCheck> rows = read("factchecks.csv");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).claimReviewed()).isEqualTo("Crime fell 20%, the mayor said, in 2023.");
        assertThat(rows.get(0).title()).isEqualTo("The \"crime\" figures");
        assertThat(rows.get(0).publisher()).isEqualTo("City Check");
        assertThat(rows.get(0).verdict()).isEqualTo("Mostly true");
        assertThat(rows.get(0).appearances())
                .containsExactly("https://news.example.com/a", "https://news.example.com/b");
        assertThat(rows.get(1).claimReviewed()).isEqualTo("A claim on\ntwo lines");
        assertThat(rows.get(1).language()).isEqualTo("sv");
        assertThat(rows.get(1).datePublished()).isNull();
        assertThat(rows.get(1).verdict()).isNull();
        // Line ends as Windows writes them, between records and inside a quoted field (kept there as written).
        assertThat(reader.read("crlf.csv", "claimReviewed,url\r\n\"a\r\nb\",https://a/1\r\nc,https://a/2\r\n"))
                .extracting(FactCheck::claimReviewed)
                .containsExactly("a\r\nb", "c");
    }

    @Test
    void theSameUrlGivesTheSameIdWhateverTheFormat() throws Exception {
        String url = "https://a.example.org/1";
        FactCheck fromJson = read("claimreviews.ndjson").get(0);
        FactCheck fromCsv = only(reader.read("x.csv", "claimReviewed,url\nOther words,https://A.example.org/1\n"));
        assertThat(fromJson.id()).isEqualTo(fromCsv.id()).isEqualTo(StableIds.factCheckId(url));
    }

    @Test
    void badJsonFailsNamingTheRecordAndTheField() {
        assertFails(
                "{\"url\":\"https://a/1\",\"claimReviewed\":\"x\"}\n{\"url\":\"https://a/2\"}\n",
                "f.ndjson: record 2 (line 2): claimReviewed is missing");
        assertFails("{\"claimReviewed\":\"x\"}", "record 1 (line 1): a fact-check without an id needs a URL");
        assertFails("{\"url\":\"https://a/1\",\"claimReviewed\":\"x\"}\n{\"url\": oops}\n", "line 2, column");
        assertFails("{\"@type\":\"Article\",\"url\":\"https://a/1\",\"claimReviewed\":\"x\"}", "@type is Article");
        assertFails(
                "{\"url\":\"https://a/1\",\"claimReviewed\":\"x\",\"datePublished\":\"soon\"}",
                "datePublished holds no date: soon");
        assertFails("{\"url\":\"https://a/1\",\"claimReviewed\":{\"text\":\"x\"}}", "claimReviewed must be text");
        assertFails(
                "{\"url\":\"https://a/1\",\"claimReviewed\":\"x\",\"inLanguage\":\"English\"}",
                "language must be an ISO 639-1 code");
        assertFails("{\"@graph\":[{\"@type\":\"WebPage\"}]}", "line 1: its @graph holds no ClaimReview");
        assertFails("{\"id\":\"two words\",\"claimReviewed\":\"x\"}", "id must hold no white space");
        assertFails("[]", "f.ndjson: holds no fact-check");
        assertFails(" \n", "f.ndjson: is empty");
    }

    @Test
    void badCsvFailsNamingTheLine() {
        assertFails("claimReviewed,url\n\"never closed,https://a/1\n", "line 2: a quoted field is never closed");
        assertFails("claimReviewed,url\nx,https://a/1\ny\n", "line 3: 1 fields, the header has 2");
        assertFails("claimReviewed,url\n\"x\"y,https://a/1\n", "line 2: text after a closing quote");
        assertFails("claimReviewed,claimReviewed\nx,y\n", "header column 2 is empty or repeated");
        assertFails(
                "url,verdict\nhttps://a/1,False\n",
                "neither JSON nor CSV with a header naming one of " + "[claimReviewed, vclaim]");
        assertFails("url,claimReviewed\nhttps://a/1,\n", "record 1 (line 2): claimReviewed is missing");
    }

    @Test
    void unreadableFilesFailWithTheirName() throws IOException {
        assertThatThrownBy(() -> reader.read(dir.resolve("none.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("none.json: no such file");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), new byte[] {'c', ',', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> reader.read(latin1)).hasMessageEndingWith("latin1.csv: is not UTF-8 text");
    }

    private void assertFails(String text, String message) {
        assertThatThrownBy(() -> reader.read("f.ndjson", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private List<FactCheck> read(String resource) throws Exception {
        return reader.read(resource, resource(resource));
    }

    private static FactCheck only(List<FactCheck> checks) {
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FactCheckReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
