package io.claimflow.contracts.identity;

import java.text.Normalizer;
import java.util.Locale;

/** The one folding of names into identities: lower case, accents and other marks dropped, white space single. */
public final class NameFolding {

    private static final char ASCII = 0x80;

    private NameFolding() {}

    /**
     * A name as an identity reads it: "Ulf Kristersson", "ULF KRISTERSSON" and "Ulf Kristérsson" are all "ulf
     * kristersson". Letters that carry their mark in their shape rather than as a combining mark ("ø", "ł", "ß", "æ")
     * are spelt as their plain letters, so that a name typed on a keyboard without them finds the same identity.
     *
     * @return the folded name, or null for null
     */
    public static String fold(String name) {
        if (name == null) {
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
            case 'đ' -> "d";
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
