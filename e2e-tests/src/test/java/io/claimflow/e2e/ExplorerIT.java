package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.postgres.TestPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web explorer in a real browser (headless Chromium) against the whole pipeline, on a broker of its own: the
 * documents go in through ingest-service and are read back through store-service's pages. Each test saves what the
 * browser showed under target/explorer-screenshots/.
 */
class ExplorerIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EmbeddedKafkaBroker broker;
    private static Pipeline pipeline;
    private static StoreReads store;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static final List<String> DOCUMENT_IDS = new ArrayList<>();
    private static String hostileId;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        // A broker of its own: the sample documents it posts are PipelineEndToEndIT's too, and on a shared broker
        // ingest-service would answer them there as duplicates.
        broker = EmbeddedKafkaBroker.createTemporary().start();
        pipeline = Pipeline.start(broker.bootstrapServers(), TestPostgres.newDatabase("explorer"), "explorer");
        store = new StoreReads(pipeline.storeUrl);
        for (Map.Entry<String, String> document : E2eDocuments.load().entrySet()) {
            DOCUMENT_IDS.add(post(Map.of("text", document.getValue(), "title", document.getKey())));
        }
        hostileId = post(Map.of("text", HostileDocument.TEXT, "title", HostileDocument.TITLE, "source", "\"><i>x"));
        List<String> all = new ArrayList<>(DOCUMENT_IDS);
        all.add(hostileId);
        assertThat(store.awaitComplete(all, WAIT))
                .as("documents processed and stored%s", pipeline.logTails())
                .isTrue();
        chromium = HeadlessChromium.start(pipeline.storeUrl);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        Teardown.closeAll(chromium, pipeline, broker);
    }

    @Test
    void searchAndFacetsNarrowTheListAsTheApiDoes() throws Exception {
        chromium.open("/explorer/");
        Set<String> everything = chromium.claimIds();
        assertThat(everything).isNotEmpty();

        // The most frequent entity of the claims: a search for its name must narrow the list to what the API finds.
        String entity = store.get("/entities?limit=1").get(0).path("value").asText();
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(entity);
        search.submit();
        chromium.waitFor(() -> browser.getCurrentUrl().contains("q="));
        Set<String> searched = chromium.claimIds();
        assertThat(searched).isNotEmpty().isEqualTo(store.claimIds("q=" + encode(entity)));

        // A facet value adds to the view: language of the first value, with the search kept.
        WebElement language = browser.findElement(By.cssSelector("section[data-facet=language] li a"));
        String chosen = language.getText();
        language.click();
        chromium.waitFor(() -> browser.getCurrentUrl().contains("language="));
        assertThat(browser.getCurrentUrl()).contains("q=");
        Set<String> narrowed = chromium.claimIds();
        assertThat(narrowed)
                .isNotEmpty()
                .isEqualTo(store.claimIds("q=" + encode(entity) + "&language=" + encode(chosen)))
                .isSubsetOf(searched);
        chromium.screenshot("claims-search-and-facet");

        // Removing the facet widens the view again; the search stays.
        browser.findElement(By.cssSelector("section[data-facet=language] a.remove"))
                .click();
        chromium.waitFor(() -> !browser.getCurrentUrl().contains("language="));
        assertThat(chromium.claimIds()).isEqualTo(searched);
    }

    @Test
    void aDocumentPageHighlightsEachClaimAtItsSpan() throws Exception {
        String documentId = DOCUMENT_IDS.get(0);
        JsonNode document = store.get("/documents/" + documentId);
        String text = document.path("text").asText();
        chromium.open("/explorer/documents/" + documentId);
        List<WebElement> marks = browser.findElements(By.cssSelector(".document-text mark.span"));
        List<JsonNode> claims = store.claimsOf(documentId);
        assertThat(marks).hasSize(claims.size());
        for (JsonNode claim : claims) {
            WebElement mark =
                    browser.findElement(By.id("claim-" + claim.path("ordinal").asInt()));
            String covered = text.substring(
                    claim.at("/span/start").asInt(), claim.at("/span/end").asInt());
            assertThat(mark.getAttribute("textContent")).isEqualTo(covered);
            assertThat(mark.getAttribute("class")).matches("span s\\d");
        }
        // Selecting a claim in the text shows its details, and only its.
        JsonNode first = claims.get(0);
        browser.findElement(By.cssSelector("#claim-" + first.path("ordinal").asInt() + " a"))
                .click();
        WebElement detail =
                browser.findElement(By.id("detail-" + first.path("ordinal").asInt()));
        chromium.waitFor(detail::isDisplayed);
        assertThat(detail.getText()).contains(first.path("text").asText().substring(0, 20));
        long shown = browser.findElements(By.cssSelector(".claim-detail")).stream()
                .filter(WebElement::isDisplayed)
                .count();
        assertThat(shown).isEqualTo(1);
        chromium.screenshot("document-highlights");
    }

    @Test
    void aNarrativePageDrawsItsTimeline() {
        JsonNode listed = store.get("/narratives?sort=size&limit=1").path("items");
        assertThat(listed).as("a narrative of the documents").isNotEmpty();
        String narrativeId = listed.get(0).path("narrativeId").asText();
        JsonNode details = store.get("/narratives/" + narrativeId);
        long stored = 0;
        for (JsonNode day : details.path("timeline")) {
            stored += day.path("claims").asLong();
        }

        chromium.open("/explorer/narratives");
        browser.findElement(By.cssSelector("table.narratives a")).click();
        chromium.waitFor(() -> browser.getCurrentUrl().contains("/explorer/narratives/"));
        chromium.open("/explorer/narratives/" + narrativeId);
        WebElement chart = browser.findElement(By.id("timeline"));
        assertThat(chart.isDisplayed()).isTrue();
        List<WebElement> bars = chart.findElements(By.cssSelector("rect.bar"));
        assertThat(bars).isNotEmpty();
        long drawn = 0;
        for (WebElement bar : bars) {
            assertThat(bar.getRect().getHeight()).as("a drawn bar").isPositive();
            String title = bar.findElement(By.tagName("title")).getAttribute("textContent");
            drawn += Long.parseLong(title.replaceAll(".*: (\\d+) claims?$", "$1"));
        }
        assertThat(drawn).as("claims the bars stand for").isEqualTo(stored);
        assertThat(browser.findElements(By.cssSelector("section.group article.claim")))
                .hasSize(details.path("claims").size());
        chromium.screenshot("narrative-timeline");
    }

    @Test
    void theLiveSwitchAddsAClaimIngestedMeanwhile() throws Exception {
        chromium.open("/explorer/");
        browser.findElement(By.id("live")).click();
        chromium.waitFor(
                () -> browser.findElement(By.id("live-status")).getText().contains("waiting"));
        assertThat(browser.findElements(By.cssSelector("#claims article.claim.live")))
                .isEmpty();

        // The same article again under another URL: a new document, so new claims.
        String text = E2eDocuments.load().values().iterator().next();
        String id = post(Map.of("text", text, "url", "https://live.example/again", "title", "live"));
        assertThat(store.awaitComplete(List.of(id), WAIT)).isTrue();
        Set<String> ingested = new HashSet<>();
        store.claimsOf(id).forEach(claim -> ingested.add(claim.path("claimId").asText()));

        chromium.waitFor(() -> !browser.findElements(By.cssSelector("#claims article.claim.live"))
                .isEmpty());
        WebElement arrived = browser.findElement(By.cssSelector("#claims article.claim.live"));
        assertThat(arrived.getAttribute("data-claim-id")).isIn(ingested);
        // It came first: prepended to the list.
        assertThat(browser.findElement(By.cssSelector("#claims article.claim")).getAttribute("data-claim-id"))
                .isIn(ingested);
        chromium.screenshot("claims-live");
    }

    @Test
    void readableAtAPhonesWidthAndUsableByKeyboard() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of(
                    "/explorer/",
                    "/explorer/documents/" + DOCUMENT_IDS.get(0),
                    "/explorer/narratives",
                    "/explorer/submit")) {
                chromium.open(path);
                Number sideways = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(sideways.intValue())
                        .as("sideways scrolling of %s at a phone's width", path)
                        .isLessThanOrEqualTo(0);
            }
            chromium.open("/explorer/");
            chromium.screenshot("claims-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        // From the top of the page, the keyboard reaches the search field, and Enter searches.
        chromium.open("/explorer/");
        WebElement search = chromium.tabTo(element -> "q".equals(element.getAttribute("id")));
        search.sendKeys("Syria", Keys.ENTER);
        chromium.waitFor(() -> browser.getCurrentUrl().contains("q=Syria"));
        // On a document, Tab reaches a marked claim, and Enter shows its details.
        chromium.open("/explorer/documents/" + DOCUMENT_IDS.get(0));
        WebElement claim = chromium.tabTo(element -> element.getAttribute("data-claim") != null);
        claim.sendKeys(Keys.ENTER);
        chromium.waitFor(() -> browser.findElement(By.id("detail-" + claim.getAttribute("data-claim")))
                .isDisplayed());
    }

    @Test
    void aHostileDocumentRunsNothing() throws Exception {
        // A claim on the topic whose citations are script links: the store keeps what producers write.
        ClaimExtracted cited = HostileDocument.citingClaim(hostileId);
        TestProducers.send(
                pipeline.bootstrapServers,
                Topics.CLAIMS.name(),
                hostileId,
                cited,
                new EventSerializer<>("urn:claimflow:explorer-it"));
        chromium.waitFor(() -> store.get("/claims/" + cited.claimId()) != null);

        for (String path : List.of("/explorer/documents/" + hostileId, "/explorer/?documentId=" + encode(hostileId))) {
            chromium.open(path);
            assertThat(browser.executeScript("return window.__xss === undefined"))
                    .as("a payload ran on %s", path)
                    .isEqualTo(true);
            assertThat(browser.getTitle()).doesNotContain("pwned");
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.findElements(By.cssSelector("script:not([src]), img, svg, i, b")))
                    .isEmpty();
            for (WebElement link : browser.findElements(By.tagName("a"))) {
                assertThat(link.getAttribute("href")).doesNotStartWithIgnoringCase("javascript:");
            }
        }
        // The payloads are there, as text a person can read.
        chromium.open("/explorer/documents/" + hostileId);
        assertThat(browser.findElement(By.cssSelector(".document-text")).getText())
                .contains("<script>window.__xss='script'")
                .contains("onerror=");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("javascript:window.__xss='citation'");
        chromium.screenshot("hostile-document");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String post(Map<String, String> document) throws Exception {
        HttpResponse<String> accepted = HTTP.send(
                HttpRequest.newBuilder(URI.create(pipeline.ingestUrl + "/documents"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(document)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as("POST %s", accepted.body()).isIn(200, 202);
        return JSON.readTree(accepted.body()).path("documentId").asText();
    }
}
