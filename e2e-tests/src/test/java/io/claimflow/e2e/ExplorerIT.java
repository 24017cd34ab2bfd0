package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.identity.StableIds;
import io.claimflow.contracts.serde.EventSerializer;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.testkit.kafka.TestKafka;
import io.claimflow.testkit.kafka.TestProducers;
import io.claimflow.testkit.postgres.TestPostgres;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web explorer in a real browser (headless Chromium) against the whole pipeline: the documents go in through
 * ingest-service and are read back through store-service's pages. Each test saves what the browser showed under
 * target/explorer-screenshots/.
 */
class ExplorerIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** What a hostile document carries: each payload, if it ran, would set window.__xss or the page's title. */
    private static final String HOSTILE_TEXT = "Officials said 4,000 fighters left Raqqa in October 2017."
            + " <script>window.__xss='script';document.title='pwned'</script>"
            + " The ministry claimed \"><img src=x onerror=\"window.__xss='img'\"> 70,000 terrorists are in Idlib."
            + " A spokesman said '><svg onload=window.__xss='svg'> the convoy left on 12 October 2017.";

    private static Pipeline pipeline;
    private static StoreReads store;
    private static ChromeDriver browser;
    private static final List<String> DOCUMENT_IDS = new ArrayList<>();
    private static String hostileId;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        pipeline = Pipeline.start(TestKafka.bootstrapServers(), TestPostgres.newDatabase("explorer"), "explorer");
        store = new StoreReads(pipeline.storeUrl);
        for (Map.Entry<String, String> document : E2eDocuments.load().entrySet()) {
            DOCUMENT_IDS.add(post(Map.of("text", document.getValue(), "title", document.getKey())));
        }
        hostileId = post(Map.of(
                "text", HOSTILE_TEXT, "title", "<script>window.__xss='title'</script>\"><b>", "source", "\"><i>x"));
        List<String> all = new ArrayList<>(DOCUMENT_IDS);
        all.add(hostileId);
        assertThat(store.awaitComplete(all, WAIT))
                .as("documents processed and stored%s", pipeline.logTails())
                .isTrue();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void searchAndFacetsNarrowTheListAsTheApiDoes() throws Exception {
        open("/explorer/");
        Set<String> everything = shownClaimIds();
        assertThat(everything).isNotEmpty();

        // The most frequent entity of the claims: a search for its name must narrow the list to what the API finds.
        String entity = store.get("/entities?limit=1").get(0).path("value").asText();
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(entity);
        search.submit();
        waitFor(() -> browser.getCurrentUrl().contains("q="));
        Set<String> searched = shownClaimIds();
        assertThat(searched).isNotEmpty().isEqualTo(apiClaimIds("q=" + encode(entity)));

        // A facet value adds to the view: language of the first value, with the search kept.
        WebElement language = browser.findElement(By.cssSelector("section[data-facet=language] li a"));
        String chosen = language.getText();
        language.click();
        waitFor(() -> browser.getCurrentUrl().contains("language="));
        assertThat(browser.getCurrentUrl()).contains("q=");
        Set<String> narrowed = shownClaimIds();
        assertThat(narrowed)
                .isNotEmpty()
                .isEqualTo(apiClaimIds("q=" + encode(entity) + "&language=" + encode(chosen)))
                .isSubsetOf(searched);
        HeadlessChromium.screenshot(browser, "claims-search-and-facet");

        // Removing the facet widens the view again; the search stays.
        browser.findElement(By.cssSelector("section[data-facet=language] a.remove"))
                .click();
        waitFor(() -> !browser.getCurrentUrl().contains("language="));
        assertThat(shownClaimIds()).isEqualTo(searched);
    }

    @Test
    void aDocumentPageHighlightsEachClaimAtItsSpan() throws Exception {
        String documentId = DOCUMENT_IDS.get(0);
        JsonNode document = store.get("/documents/" + documentId);
        String text = document.path("text").asText();
        open("/explorer/documents/" + documentId);
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
        waitFor(detail::isDisplayed);
        assertThat(detail.getText()).contains(first.path("text").asText().substring(0, 20));
        long shown = browser.findElements(By.cssSelector(".claim-detail")).stream()
                .filter(WebElement::isDisplayed)
                .count();
        assertThat(shown).isEqualTo(1);
        HeadlessChromium.screenshot(browser, "document-highlights");
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

        open("/explorer/narratives");
        browser.findElement(By.cssSelector("table.narratives a")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/explorer/narratives/"));
        open("/explorer/narratives/" + narrativeId);
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
        HeadlessChromium.screenshot(browser, "narrative-timeline");
    }

    @Test
    void theLiveSwitchAddsAClaimIngestedMeanwhile() throws Exception {
        open("/explorer/");
        browser.findElement(By.id("live")).click();
        waitFor(() -> browser.findElement(By.id("live-status")).getText().contains("waiting"));
        assertThat(browser.findElements(By.cssSelector("#claims article.claim.live")))
                .isEmpty();

        // The same article again under another URL: a new document, so new claims.
        String text = E2eDocuments.load().values().iterator().next();
        String id = post(Map.of("text", text, "url", "https://live.example/again", "title", "live"));
        assertThat(store.awaitComplete(List.of(id), WAIT)).isTrue();
        Set<String> ingested = new HashSet<>();
        store.claimsOf(id).forEach(claim -> ingested.add(claim.path("claimId").asText()));

        waitFor(() -> !browser.findElements(By.cssSelector("#claims article.claim.live"))
                .isEmpty());
        WebElement arrived = browser.findElement(By.cssSelector("#claims article.claim.live"));
        assertThat(arrived.getAttribute("data-claim-id")).isIn(ingested);
        // It came first: prepended to the list.
        assertThat(browser.findElement(By.cssSelector("#claims article.claim")).getAttribute("data-claim-id"))
                .isIn(ingested);
        HeadlessChromium.screenshot(browser, "claims-live");
    }

    @Test
    void theSubmitPageSendsAPastedTextAndItsPageShowsTheClaims() throws Exception {
        open("/explorer/submit");
        String text = new ArrayList<>(E2eDocuments.load().values()).get(1);
        // A script-free way to fill a large text field: sendKeys would type it key by key.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("text")), text);
        browser.findElement(By.id("url")).sendKeys("https://submitted.example/page");
        browser.findElement(By.id("title")).sendKeys("Submitted in the browser");
        browser.findElement(By.cssSelector("form.submit button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/explorer/documents/")
                || !browser.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".problem")))
                .as("the submit page's refusal")
                .isEmpty();
        String id = URLDecoder.decode(
                browser.getCurrentUrl().replaceFirst(".*/explorer/documents/", ""), StandardCharsets.UTF_8);
        assertThat(store.awaitComplete(List.of(id), WAIT)).isTrue();
        int claims = store.claimsOf(id).size();
        assertThat(claims).isPositive();
        // The page looks again by itself until every claim is stored and marked.
        new WebDriverWait(browser, WAIT)
                .until(driver -> driver.findElements(By.cssSelector(".document-text mark.span"))
                                .size()
                        == claims);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Submitted in the browser");
        HeadlessChromium.screenshot(browser, "submitted-document");
    }

    @Test
    void aHostileDocumentRunsNothing() throws Exception {
        // A claim on the topic whose citations are script links: the store keeps what producers write.
        ClaimExtracted cited = new ClaimExtracted(
                StableIds.claimId(hostileId, 0, 10, "explorer-it"),
                hostileId,
                99,
                "Officials \"><script>window.__xss='claim'</script>",
                new ClaimExtracted.Span(0, 10),
                "en",
                0.99,
                new ClaimExtracted.Claimant(
                        "<img src=x onerror=\"window.__xss='claimant'\">", ClaimantType.PERSON, false),
                "said",
                List.of(),
                List.of(),
                List.of(),
                List.of("javascript:window.__xss='citation'", "JaVaScRiPt:alert(1)", "https://example.org/ok"),
                new ClaimExtracted.Extractor("explorer-it", "1"),
                Instant.now());
        TestProducers.send(
                pipeline.bootstrapServers,
                Topics.CLAIMS.name(),
                hostileId,
                cited,
                new EventSerializer<>("urn:claimflow:explorer-it"));
        waitFor(() -> store.get("/claims/" + cited.claimId()) != null);

        for (String path : List.of("/explorer/documents/" + hostileId, "/explorer/?documentId=" + encode(hostileId))) {
            open(path);
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
        open("/explorer/documents/" + hostileId);
        assertThat(browser.findElement(By.cssSelector(".document-text")).getText())
                .contains("<script>window.__xss='script'")
                .contains("onerror=");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("javascript:window.__xss='citation'");
        HeadlessChromium.screenshot(browser, "hostile-document");
    }

    private static void open(String path) {
        browser.get(pipeline.storeUrl + path);
        waitFor(() -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    private static Set<String> shownClaimIds() {
        Set<String> ids = new HashSet<>();
        browser.findElements(By.cssSelector("#claims article.claim"))
                .forEach(card -> ids.add(card.getAttribute("data-claim-id")));
        return ids;
    }

    private static Set<String> apiClaimIds(String query) {
        Set<String> ids = new HashSet<>();
        store.get("/claims?" + query)
                .path("items")
                .forEach(claim -> ids.add(claim.path("claimId").asText()));
        return ids;
    }

    private static void waitFor(Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> condition.get());
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
