package io.claimflow.match.factcheck;

import io.claimflow.contracts.event.FactCheck;
import java.util.function.Function;

/** The texts of a fact-check the library indexes, each in its own field of the fact-check's language. */
enum FactCheckPart {
    CLAIM("claim", FactCheck::claimReviewed),
    TITLE("title", FactCheck::title),
    BODY("body", FactCheck::body);

    private final String field;
    private final Function<FactCheck, String> text;

    FactCheckPart(String field, Function<FactCheck, String> text) {
        this.field = field;
        this.text = text;
    }

    /** The part's name in the index's field names. */
    String field() {
        return field;
    }

    /** The part's text in a fact-check, or null. */
    String of(FactCheck factCheck) {
        return text.apply(factCheck);
    }
}
