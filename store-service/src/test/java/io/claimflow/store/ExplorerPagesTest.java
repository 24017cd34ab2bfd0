package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.DocumentProcessed;
import io.claimflow.contracts.event.DocumentSubmitted;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web explorer's pages as store-service serves them: {@code /} sends a browser to {@code /explorer/}, every page
 * and asset answers with a Content-Security-Policy that allows no inline script, a document's markup comes out as text,
 * and the claims page narrows by its facets. (ExplorerIT in e2e-tests drives the same pages in a browser.)
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ExplorerPagesTest extends ReadyServiceTest {

    private static final String DOC = "explorer-page-doc";
    private static final String HOSTILE = "explorer-page-hostile";
    private static final String C0 = "The mayor said 4,000 trucks crossed the Zorblat bridge.";
    private static final String C1 = "Officials claim the Zorblat bridge closed in June 2014.";
    private static final String X0 = "<script>window.__xss=1</script> says \"><img src=x onerror=alert(1)> Zorblat.";
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        send(
                new DocumentSubmitted(
                        DOC,
                        C0 + " " + C1,
                        "https://alpha.example/zorblat",
                        "Zorblat bridge",
                        "en",
                        Instant.parse("2021-03-01T10:00:00Z"),
                        "Zorblat Daily",
                        Instant.now(),
                        null),
                new DocumentSubmitted(
                        HOSTILE,
                        X0,
                        "javascript:alert(2)",
                        "<b onmouseover=alert(3)>title</b>",
                        "de",
                        null,
                        "Hostile",
                        Instant.now(),
                        null),
                claim(DOC, 0, C0).at(0).score(0.91).build(),
                claim(DOC, 1, C1)
                        .at(C0.length() + 1)
                        .score(0.42)
                        .claimant("Zorblat Council", ClaimantType.GOVERNMENT)
                        .build(),
                claim(HOSTILE, 0, X0)
                        .language("de")
                        .claimant("<i>\"Evil\"</i>", ClaimantType.PERSON)
                        .citations("javascript:alert(4)", "https://ok.example/page")
                        .build(),
                new DocumentProcessed(
                        DOC,
                        DocumentProcessed.Status.PROCESSED,
                        "en",
                        2,
                        StoreFixtures.EXTRACTOR,
                        Instant.now(),
                        null));
        await(() -> given().get("/documents/" + DOC).statusCode() == 200
                && given().get("/documents/" + HOSTILE).statusCode() == 200
                && given().get("/claims?q=Zorblat&limit=200")
                                .jsonPath()
                                .getList("items")
                                .size()
                        == 3
                && "processed".equals(StoreFixtures.documentField(DOC, "status")));
        seeded = true;
    }

    @Test
    void theRootRedirectsToTheExplorer() {
        given().redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/explorer/"));
    }

    @Test
    void pagesAndAssetsAnswerWithAPolicyThatAllowsNoInlineScript() {
        for (String path : new String[] {
            "/explorer/",
            "/explorer/documents/" + DOC,
            "/explorer/narratives",
            "/explorer/claimants/Zorblat%20Council",
            "/explorer/submit",
            "/explorer/assets/explorer.css",
            "/explorer/assets/live.js"
        }) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        assertThat(given().get("/explorer/").contentType()).startsWith("text/html");
    }

    @Test
    void theClaimsPageSearchesAndNarrowsByItsFacets() {
        String all = html("/explorer/?q=Zorblat");
        assertThat(claimCards(all)).isEqualTo(3);
        assertThat(all).contains("Zorblat Council").contains("Zorblat Daily");

        String german = html("/explorer/?q=Zorblat&language=de");
        assertThat(claimCards(german)).isEqualTo(1);
        // The facet links keep the search and the language, so a further step narrows the same view.
        assertThat(german).contains("href=\"/explorer/?q=Zorblat&amp;language=de&amp;claimantType=person\"");

        String council = html("/explorer/?q=Zorblat&claimant=Zorblat%20Council");
        assertThat(claimCards(council)).isEqualTo(1);
        assertThat(council).contains(C1).doesNotContain(C0);
    }

    @Test
    void aDocumentPageMarksEachClaimAtItsSpan() {
        String page = html("/explorer/documents/" + DOC);
        Matcher marks = Pattern.compile(
                        "<mark class=\"span (s\\d)\" id=\"claim-(\\d)\"[^>]*><a [^>]*>([^<]*)</a></mark>")
                .matcher(page);
        assertThat(marks.find()).isTrue();
        assertThat(marks.group(1)).isEqualTo("s9");
        assertThat(marks.group(3)).isEqualTo(C0);
        assertThat(marks.find()).isTrue();
        assertThat(marks.group(1)).isEqualTo("s4");
        assertThat(marks.group(3)).isEqualTo(C1);
        assertThat(page).contains("processed").contains("https://alpha.example/zorblat");
    }

    @Test
    void whatADocumentBringsIsShownAsTextAndNeverAsMarkupOrAScriptLink() {
        String page = html("/explorer/documents/" + HOSTILE) + html("/explorer/?q=Zorblat&language=de");
        assertThat(page)
                .doesNotContain("<script>window")
                .doesNotContain("<img src=x")
                .doesNotContain("<b onmouseover")
                .doesNotContain("<i>\"Evil")
                .doesNotContain("href=\"javascript:")
                .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("javascript:alert(4)")
                .contains("href=\"https://ok.example/page\"");
    }

    @Test
    void aClaimantPageListsTheirClaimsOnly() {
        String page = html("/explorer/claimants/Zorblat%20Council");
        assertThat(claimCards(page)).isEqualTo(1);
        assertThat(page).contains(C1).doesNotContain(C0);
        // Their claims link back to this page, the claims page narrows to them.
        assertThat(page)
                .contains("href=\"/explorer/claimants/Zorblat%20Council\"")
                .contains("href=\"/explorer/?claimant=Zorblat%20Council\"");
    }

    @Test
    void theSubmitPageSaysWhatIsMissingAndWhenIngestCannotBeReached() {
        String empty = given().multiPart("title", "nothing else")
                .post("/explorer/submit")
                .then()
                .statusCode(400)
                .contentType("text/html")
                .extract()
                .asString();
        assertThat(empty).contains("Paste a text, give a page").contains("value=\"nothing else\"");
        // No ingest-service runs beside this test: the page keeps the text and says so.
        String unreachable = given().multiPart("text", "A <b>text</b> that goes nowhere. " + "Words. ".repeat(3000))
                .post("/explorer/submit")
                .then()
                .statusCode(503)
                .extract()
                .asString();
        assertThat(unreachable)
                .contains("ingest-service is not reachable")
                .contains("A &lt;b&gt;text&lt;/b&gt; that goes nowhere.");
        String local = given().multiPart("url", "http://127.0.0.1:1/secret")
                .post("/explorer/submit")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(local).contains("does not fetch pages of its own network");
    }

    @Test
    void thePagesAreNotPartOfTheApiDocument() {
        Set<String> paths = given().get("/q/openapi?format=json").jsonPath().getMap("paths").keySet().stream()
                .map(String::valueOf)
                .collect(Collectors.toSet());
        assertThat(paths).contains("/claims").doesNotContain("/").noneMatch(path -> path.startsWith("/explorer"));
    }

    @Test
    void anUnknownDocumentIsAProblem() {
        given().get("/explorer/documents/no-such-document")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static String html(String path) {
        return given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static int claimCards(String html) {
        return html.split("<article class=\"claim ", -1).length - 1;
    }
}
