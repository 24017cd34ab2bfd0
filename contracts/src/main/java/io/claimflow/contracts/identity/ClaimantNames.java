package io.claimflow.contracts.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a claimant's name is compared, one definition for every module: folded (lower-case, accents and the letters that
 * carry them as part of their shape taken to their base, white space single), and split into its words. So "Chômage"
 * and "chomage", "Łukasz" and "lukasz", "Søren" and "soren" fold alike, in any locale of any machine.
 */
public final class ClaimantNames {

    /** Letters that Unicode does not decompose into a base and a mark, written as their Latin base. */
    private static final Map<Character, String> UNDECOMPOSED = Map.ofEntries(
            Map.entry('ß', "ss"),
            Map.entry('ø', "o"),
            Map.entry('ł', "l"),
            Map.entry('đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('þ', "th"),
            Map.entry('ı', "i"));

    private ClaimantNames() {}

    /** The name folded, or null for null or a blank name. */
    public static String fold(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String decomposed =
                Normalizer.normalize(name.strip(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean inSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!inSpace) {
                    folded.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            String base = UNDECOMPOSED.get(c);
            if (base == null) {
                folded.append(c);
            } else {
                folded.append(base);
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** The distinct words of the folded name, in order: letters and digits between anything else; none for null. */
    public static List<String> parts(String name) {
        String folded = fold(name);
        if (folded == null) {
            return List.of();
        }
        TreeSet<String> parts = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                parts.add(folded.substring(start, i));
                start = -1;
            }
        }
        return new ArrayList<>(parts);
    }
}
