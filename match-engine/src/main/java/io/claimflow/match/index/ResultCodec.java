package io.claimflow.match.index;

import io.claimflow.match.Evidence;
import io.claimflow.match.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A claim's links and suggestions as one stored string, so that a replayed claim gets its first result back: one line a
 * match, fields separated by a unit separator, lists by a record separator (neither occurs in ids or terms).
 */
public final class ResultCodec {

    private static final String FIELD = "\u001f";
    private static final String ITEM = "\u001e";
    private static final String LINK = "L";
    private static final String SUGGESTION = "S";

    private ResultCodec() {}

    /** The links and suggestions of a stored result. */
    public record Decoded(List<Match> links, List<Match> suggestions) {}

    public static String encode(List<Match> links, List<Match> suggestions) {
        StringBuilder out = new StringBuilder();
        links.forEach(match -> line(out, LINK, match));
        suggestions.forEach(match -> line(out, SUGGESTION, match));
        return out.toString();
    }

    public static Decoded decode(String encoded) {
        List<Match> links = new ArrayList<>();
        List<Match> suggestions = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return new Decoded(links, suggestions);
        }
        for (String line : encoded.split("\n")) {
            String[] f = line.split(FIELD, -1);
            Evidence evidence = new Evidence(
                    Boolean.parseBoolean(f[4]),
                    list(f[5]),
                    list(f[6]),
                    list(f[7]),
                    list(f[8]),
                    list(f[9]),
                    list(f[10]),
                    Double.parseDouble(f[11]),
                    Double.parseDouble(f[12]),
                    Double.parseDouble(f[13]));
            Match match = new Match(f[1], f[2], Double.parseDouble(f[3]), evidence);
            (LINK.equals(f[0]) ? links : suggestions).add(match);
        }
        return new Decoded(links, suggestions);
    }

    private static void line(StringBuilder out, String kind, Match match) {
        Evidence e = match.evidence();
        out.append(String.join(
                        FIELD,
                        kind,
                        match.claimId(),
                        match.documentId(),
                        Double.toString(match.score()),
                        Boolean.toString(e.sameText()),
                        String.join(ITEM, e.entities()),
                        String.join(ITEM, e.quantities()),
                        String.join(ITEM, e.dates()),
                        String.join(ITEM, e.citations()),
                        String.join(ITEM, e.terms()),
                        String.join(ITEM, e.pivots()),
                        Double.toString(e.textScore()),
                        Double.toString(e.pivotScore()),
                        Double.toString(e.anchorScore())))
                .append('\n');
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(ITEM));
    }
}
