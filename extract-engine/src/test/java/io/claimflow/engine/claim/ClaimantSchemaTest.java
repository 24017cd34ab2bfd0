package io.claimflow.engine.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.claimflow.contracts.event.ClaimExtracted;
import io.claimflow.contracts.event.ClaimantType;
import io.claimflow.contracts.serde.EventJson;
import io.claimflow.contracts.topic.Topics;
import io.claimflow.engine.SourceDocument;
import io.claimflow.engine.TestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims the engine writes, claimant identities included, validate against the contract's JSON schema. */
class ClaimantSchemaTest {

    private static final String TEXT = """
            Jobs report
            By Marcus Lindqvist
            Unemployment rose to 8.4 percent in March, the highest level since 2015.
            The Office for National Statistics (ONS) said that 1.3 million people were out of work in May.
            Labour MP Angela Rayner said the waiting lists had doubled to 7.6 million since 2019.
            A security official said that 40,000 nurses had left the health service in 2022.
            """;

    @Test
    void claimsWithIdentitiesValidateAgainstTheSchema() throws IOException {
        List<ClaimExtracted> claims =
                TestEngine.get().extract(new SourceDocument("doc", TEXT, "en")).claims();
        assertThat(claims)
                .extracting(claim -> claim.claimant().type())
                .contains(ClaimantType.AUTHOR, ClaimantType.ORGANIZATION, ClaimantType.PERSON, ClaimantType.ANONYMOUS);
        JsonSchema schema;
        try (InputStream in = ClaimantSchemaTest.class.getClassLoader().getResourceAsStream(Topics.CLAIMS.schema())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(EventJson.mapper().readTree(in));
        }
        for (ClaimExtracted claim : claims) {
            JsonNode json = EventJson.mapper().valueToTree(claim);
            assertThat(schema.validate(json).stream().map(ValidationMessage::getMessage))
                    .as(claim.text())
                    .isEmpty();
        }
        ClaimExtracted rayner = claims.stream()
                .filter(claim -> claim.text().startsWith("Labour MP"))
                .findFirst()
                .orElseThrow();
        JsonNode claimant = EventJson.mapper().valueToTree(rayner).path("claimant");
        assertThat(claimant.path("name").asText()).isEqualTo("Angela Rayner");
        assertThat(claimant.path("role").asText()).isEqualTo("Labour MP");
        assertThat(claimant.path("normalized").asText()).isEqualTo("angela rayner");
        assertThat(claims.get(0).claimant())
                .isEqualTo(new ClaimExtracted.Claimant(
                        "Marcus Lindqvist", ClaimantType.AUTHOR, false, null, "marcus lindqvist"));
    }
}
