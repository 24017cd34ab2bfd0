package io.claimflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.claimflow.stack.ClaimflowService;
import io.claimflow.stack.EmbeddedKafkaBroker;
import io.claimflow.stack.FreePorts;
import io.claimflow.testkit.postgres.TestPostgres;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer's submit page in headless Chromium against the whole pipeline, with API keys required, as a deployment
 * runs it: a pasted text, an uploaded file and a page fetched from its URL each become a document whose page shows its
 * claims. The pages to fetch are served by this test on this machine, so the store may fetch private addresses here.
 */
class ExplorerSubmitIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final String KEY = "explorer-submit-key";
    private static EmbeddedKafkaBroker broker;
    private static Pipeline pipeline;
    private static StoreReads store;
    private static HttpServer pages;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static List<String> documents;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        documents = new ArrayList<>(E2eDocuments.load().values());
        broker = EmbeddedKafkaBroker.createTemporary().start();
        pipeline = Pipeline.start(
                broker.bootstrapServers(),
                TestPostgres.newDatabase("explorer_submit"),
                "explorer-submit",
                Map.of(
                        ClaimflowService.INGEST,
                        Map.of("claimflow.ingest.require-api-key", "true", "claimflow.ingest.api-keys", "it:" + KEY),
                        ClaimflowService.STORE,
                        Map.of("claimflow.store.submit-fetches-private-addresses", "true")));
        store = new StoreReads(pipeline.storeUrl);
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.next()), 0);
        pages.createContext("/article.html", exchange -> {
            byte[] body = html("Fetched from its address", documents.get(2)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pages.start();
        chromium = HeadlessChromium.start(pipeline.storeUrl);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        Teardown.closeAll(chromium, pages == null ? null : () -> pages.stop(0), pipeline, broker);
    }

    @Test
    void withoutAKeyThePageAsksForOneAndKeepsTheText() throws Exception {
        chromium.open("/explorer/submit");
        fillText(documents.get(0));
        browser.findElement(By.id("title")).sendKeys("Submitted in the browser");
        submit();
        chromium.waitFor(() -> !browser.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("An API key is required");
        WebElement key = browser.findElement(By.id("apiKey"));
        assertThat(key.getAttribute("required"))
                .as("the key field is required now")
                .isNotNull();
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(documents.get(0));
        chromium.screenshot("submit-asks-for-a-key");

        key.sendKeys(KEY);
        submit();
        String id = documentShown(documents.get(0));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Submitted in the browser");
        assertThat(store.get("/documents/" + id).path("title").asText()).isEqualTo("Submitted in the browser");
        chromium.screenshot("submitted-document");
    }

    @Test
    void anUploadedPageBecomesADocumentWithItsTitle() throws Exception {
        Path file =
                Files.createDirectories(Path.of("target", "explorer-uploads")).resolve("uploaded-article.html");
        Files.writeString(file, html("An uploaded article", documents.get(1)));
        chromium.open("/explorer/submit");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("apiKey")).sendKeys(KEY);
        submit();
        String id = documentShown(documents.get(1));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("An uploaded article");
        chromium.screenshot("submit-uploaded-file");
        assertThat(store.get("/documents/" + id).path("title").asText()).isEqualTo("An uploaded article");
    }

    @Test
    void aPageIsFetchedFromItsAddressAndAMissingOneIsRefused() throws Exception {
        String base = "http://127.0.0.1:" + pages.getAddress().getPort();
        chromium.open("/explorer/submit");
        browser.findElement(By.id("url")).sendKeys(base + "/missing.html");
        browser.findElement(By.id("apiKey")).sendKeys(KEY);
        submit();
        chromium.waitFor(() -> !browser.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("answered 404");

        WebElement url = browser.findElement(By.id("url"));
        url.clear();
        url.sendKeys(base + "/article.html");
        browser.findElement(By.id("apiKey")).sendKeys(KEY);
        submit();
        String id = documentShown(documents.get(2));
        assertThat(store.get("/documents/" + id).path("url").asText()).isEqualTo(base + "/article.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fetched from its address");
        chromium.screenshot("submit-fetched-page");
    }

    /** Waits for the document's page, then for every stored claim to be marked in its text; answers its id. */
    private static String documentShown(String text) throws Exception {
        chromium.waitFor(() -> browser.getCurrentUrl().contains("/explorer/documents/")
                || !browser.findElements(By.cssSelector(".problem")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".problem")))
                .as("the submit page's refusal")
                .isEmpty();
        String id = URLDecoder.decode(
                browser.getCurrentUrl().replaceFirst(".*/explorer/documents/", ""), StandardCharsets.UTF_8);
        assertThat(store.awaitComplete(List.of(id), WAIT)).isTrue();
        JsonNode document = store.get("/documents/" + id);
        assertThat(document.path("text").asText()).contains(firstLine(text));
        int claims = store.claimsOf(id).size();
        assertThat(claims).isPositive();
        // The page looks again by itself until every claim is stored and marked.
        new WebDriverWait(browser, WAIT)
                .until(driver -> driver.findElements(By.cssSelector(".document-text mark.span"))
                                .size()
                        == claims);
        return id;
    }

    private static void fillText(String text) {
        // A script-free way to fill a large text field: sendKeys would type it key by key.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("text")), text);
    }

    private static void submit() {
        browser.findElement(By.cssSelector("form.submit button[type=submit]")).click();
    }

    /** The text as a page: a title, and each paragraph of the text as a paragraph of the page. */
    private static String html(String title, String text) {
        StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title></head><body><article>");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            page.append("<p>").append(escape(paragraph.strip())).append("</p>");
        }
        return page.append("</article></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) : line;
    }
}
