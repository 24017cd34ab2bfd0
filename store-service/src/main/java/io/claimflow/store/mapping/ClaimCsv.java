package io.claimflow.store.mapping;

import io.claimflow.contracts.event.ClaimExtracted;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Claims as CSV rows (RFC 4180, a header row first), for spreadsheets: one claim per row, lists joined with "; ". A
 * text cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, so opening an export never runs what a document said.
 */
public final class ClaimCsv {

    public static final String MEDIA_TYPE = "text/csv";

    /** The verdict cell's entry for a fact-check that gives no verdict, so the entries still count the fact-checks. */
    static final String UNRATED = "unrated";

    /**
     * The column names, in order: the JSON field names of a claim, with its fact-checks as their verdicts (a fact-check
     * without one as "unrated").
     */
    public static final List<String> COLUMNS = List.of(
            "claimId",
            "documentId",
            "narrativeId",
            "ordinal",
            "language",
            "checkworthiness",
            "claimant",
            "claimantType",
            "text",
            "entities",
            "quantities",
            "dates",
            "citations",
            "extractedAt",
            "factCheckVerdicts");

    private ClaimCsv() {}

    /** The header row, with its line end. */
    public static String header() {
        return COLUMNS.stream().map(ClaimCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** One claim's row, with its line end. */
    public static String row(StoredClaim stored) {
        ClaimExtracted claim = stored.claim();
        ClaimExtracted.Claimant claimant = claim.claimant();
        return String.join(
                        ",",
                        cell(claim.claimId()),
                        cell(claim.documentId()),
                        cell(stored.narrativeId()),
                        Integer.toString(claim.ordinal()),
                        cell(claim.language()),
                        Double.toString(claim.checkworthiness()),
                        cell(claimant == null ? null : claimant.name()),
                        cell(
                                claimant == null || claimant.type() == null
                                        ? null
                                        : claimant.type().name()),
                        cell(claim.text()),
                        cell(joined(claim.entities().stream().map(ClaimExtracted.Entity::normalized))),
                        cell(joined(claim.quantities().stream().map(ClaimExtracted.Quantity::text))),
                        cell(joined(claim.dates().stream().map(ClaimExtracted.DateMention::value))),
                        cell(joined(claim.citations().stream())),
                        cell(
                                claim.extractedAt() == null
                                        ? null
                                        : claim.extractedAt().toString()),
                        cell(joined(stored.factChecks().stream()
                                .map(factCheck -> factCheck.verdict() == null ? UNRATED : factCheck.verdict()))))
                + "\r\n";
    }

    private static String joined(Stream<String> values) {
        return values.collect(Collectors.joining("; "));
    }

    /** A quoted cell: quotes doubled, a would-be formula defused; empty for null. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
