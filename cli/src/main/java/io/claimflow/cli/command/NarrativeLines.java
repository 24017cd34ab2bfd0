package io.claimflow.cli.command;

import io.claimflow.contracts.event.NarrativeUpdated;
import java.util.Locale;
import java.util.stream.Collectors;

/** One readable line per narrative update: id, claims, languages, sources, and the label that names it. */
final class NarrativeLines {

    private static final int ID_SHOWN = 12;
    private static final int SOURCES_SHOWN = 3;

    private NarrativeLines() {}

    static String format(NarrativeUpdated narrative) {
        if (narrative.mergedInto() != null) {
            return String.format(
                    Locale.ROOT,
                    "narrative %s  merged into %s  (rev %d)",
                    shortened(narrative.narrativeId()),
                    shortened(narrative.mergedInto()),
                    narrative.revision());
        }
        String sources = narrative.sources().stream()
                .limit(SOURCES_SHOWN)
                .map(NarrativeUpdated.Tally::value)
                .collect(Collectors.joining(", "));
        if (narrative.sources().size() > SOURCES_SHOWN) {
            sources += " +" + (narrative.sources().size() - SOURCES_SHOWN) + " more";
        }
        return String.format(
                Locale.ROOT,
                "narrative %s  %d claim%s  [%s]  sources: %s  \"%s\"  (rev %d)",
                shortened(narrative.narrativeId()),
                narrative.claims(),
                narrative.claims() == 1 ? "" : "s",
                String.join(", ", narrative.languages()),
                sources.isEmpty() ? "none" : sources,
                narrative.label().text(),
                narrative.revision());
    }

    private static String shortened(String id) {
        return id.length() > ID_SHOWN ? id.substring(0, ID_SHOWN) + "…" : id;
    }
}
