package io.claimflow.store;

import static io.claimflow.store.StoreFixtures.await;
import static io.claimflow.store.StoreFixtures.claim;
import static io.claimflow.store.StoreFixtures.send;
import static io.claimflow.store.StoreFixtures.storedClaims;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.event.EntityType;
import io.claimflow.store.mapping.ClaimCsv;
import io.claimflow.testkit.quarkus.KafkaTestResource;
import io.claimflow.testkit.quarkus.PostgresTestResource;
import io.claimflow.testkit.quarkus.ReadyServiceTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /claims as CSV: every matching claim in one answer, read two at a time (the configured page size), with the
 * filters of a page, cells escaped and would-be formulas defused, and a bad format refused.
 */
@QuarkusTest
@TestProfile(ClaimCsvExportTest.SmallPages.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimCsvExportTest extends ReadyServiceTest {

    /** Pages of at most two claims, so five claims stream over three reads; a database of its own. */
    public static class SmallPages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimflow.store.max-page-size", "2");
        }
    }

    private static final String DOC = "csv-doc";
    private static final String OTHER = "csv-other";
    private static final String QUOTED = "The minister said \"4,000 fighters\" left,\nthen denied it.";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\") said the post.";
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        ClaimExtracted.Entity raqqa = new ClaimExtracted.Entity("Raqqa", EntityType.LOCATION, "Raqqa");
        send(
                claim(DOC, 0, QUOTED)
                        .claimant("A. Minister", ClaimantType.PERSON)
                        .entities(raqqa)
                        .build(),
                claim(DOC, 1, FORMULA).build(),
                claim(DOC, 2, "Prices rose 8 percent in March.").build(),
                claim(DOC, 3, "The dam burst after the repairs failed.").build(),
                claim(OTHER, 0, "Another document's only claim.").build());
        await(() -> storedClaims(DOC) == 4 && storedClaims(OTHER) == 1);
        seeded = true;
    }

    @Test
    void formatCsvAnswersEveryClaimWithItsCellsEscaped() {
        String csv = given().get("/claims?format=csv&limit=1")
                .then()
                .statusCode(200)
                .contentType(ClaimCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                .extract()
                .asString();

        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows.get(0)).isEqualTo(ClaimCsv.COLUMNS);
        // Every page, not the one the limit would give: five claims over three reads of two.
        assertThat(rows).hasSize(6);
        int text = ClaimCsv.COLUMNS.indexOf("text");
        assertThat(rows.stream().skip(1).map(row -> row.get(text)))
                .contains(QUOTED, "'" + FORMULA, "Another document's only claim.");
        List<String> quoted = rows.stream()
                .filter(row -> QUOTED.equals(row.get(text)))
                .findFirst()
                .orElseThrow();
        assertThat(quoted.get(ClaimCsv.COLUMNS.indexOf("claimant"))).isEqualTo("A. Minister");
        assertThat(quoted.get(ClaimCsv.COLUMNS.indexOf("claimantType"))).isEqualTo("PERSON");
        assertThat(quoted.get(ClaimCsv.COLUMNS.indexOf("entities"))).isEqualTo("Raqqa");
        assertThat(quoted.get(ClaimCsv.COLUMNS.indexOf("documentId"))).isEqualTo(DOC);
    }

    @Test
    void theFiltersOfAPageApplyToTheExport() {
        String csv = given().get("/claims?format=csv&documentId=" + OTHER)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(ClaimCsv.COLUMNS.indexOf("documentId"))).isEqualTo(OTHER);
    }

    @Test
    void theAcceptHeaderChoosesWhenFormatIsAbsent() {
        given().accept("text/csv").get("/claims").then().statusCode(200).contentType(ClaimCsv.MEDIA_TYPE);
        given().accept("application/json").get("/claims").then().statusCode(200).contentType("application/json");
        given().accept("*/*").get("/claims").then().statusCode(200).contentType("application/json");
        // The parameter wins over the header.
        given().accept("text/csv")
                .get("/claims?format=json")
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        given().get("/claims?format=xml")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"))
                .body("errors[0].message", equalTo("must be json or csv"));
        // A client that asked for CSV still gets the problem, in its own type.
        given().accept("text/csv")
                .get("/claims?minScore=high")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("minScore"));
    }

    /** An RFC 4180 reader for the test's own checks: quoted cells, doubled quotes, line breaks inside quotes. */
    private static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    continue;
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            assertThat(cell).as("the answer ends with a line end").isEmpty();
            assertThat(row).isEmpty();
            rows.forEach(r -> assertThat(r).hasSameSizeAs(ClaimCsv.COLUMNS));
            return rows;
        }
    }
}
