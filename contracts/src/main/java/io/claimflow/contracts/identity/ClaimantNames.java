package io.claimflow.contracts.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * How a claimant's name is compared, one definition for the engine and the store: folded (lower-case, accents and other
 * marks dropped, letters that carry their mark in their shape spelt plain, white space single) and split into its
 * words. "Ulf Kristersson", "ULF KRISTERSSON" and "Ulf Kristérsson" fold alike, as do "Łukasz" and "lukasz", in any
 * locale of any machine.
 */
public final class ClaimantNames {

    private static final char ASCII = 0x80;

    private ClaimantNames() {}

    /**
     * The name folded: "Jonas Gahr Støre" is "jonas gahr store", "Straße" "strasse", a typographic apostrophe a plain
     * one, so that a name typed on a keyboard without those letters finds the same identity.
     *
     * @return the folded name, or null for null or a blank name
     */
    public static String fold(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        // Most names are plain ASCII, which needs no decomposition, and the normalizer is slow.
        String decomposed = ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(plain(Character.toLowerCase(c)));
        }
        return folded.toString().toLowerCase(Locale.ROOT);
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

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= ASCII) {
                return false;
            }
        }
        return true;
    }

    /** The plain spelling of a letter Unicode does not decompose; typographic apostrophes become one. */
    private static String plain(char c) {
        return switch (c) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case '’', 'ʼ', '‘' -> "'";
            default -> String.valueOf(c);
        };
    }
}
