package io.claimflow.engine.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a document defines in parentheses, either way round: "the Office for National Statistics (ONS)" and "ONS
 * (Office for National Statistics)". The acronym's letters must be the initials of the name's capitalised words, in
 * order; short lower-case words between them ("for", "of", "för") are skipped.
 */
final class DocumentAcronyms {

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()\\n]{2,100})\\)");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]{0,2}\\p{Lu}[\\p{Lu}\\p{Ll}]{0,6}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
    /** A connector inside a name is a short word: "for", "of", "and", "de la". */
    private static final int MAX_CONNECTOR = 4;

    private DocumentAcronyms() {}

    /** The acronyms defined in {@code text}, each with the name it stands for as written. */
    static Map<String, String> in(String text) {
        Map<String, String> defined = new HashMap<>();
        if (text.indexOf('(') < 0) {
            return defined;
        }
        Matcher parentheses = PARENTHESES.matcher(text);
        while (parentheses.find()) {
            String inside = parentheses.group(1).strip();
            if (ACRONYM.matcher(inside).matches()) {
                List<String> before = wordsBefore(text, parentheses.start(), inside.length() * 2 + 2);
                String name = nameEndingWith(before, inside);
                if (name != null) {
                    defined.putIfAbsent(inside, name);
                }
            } else {
                List<String> before = wordsBefore(text, parentheses.start(), 1);
                if (!before.isEmpty() && ACRONYM.matcher(before.get(0)).matches()) {
                    List<String> words = words(inside);
                    String name = nameEndingWith(words, before.get(0));
                    if (name != null && name.equals(String.join(" ", words))) {
                        defined.putIfAbsent(before.get(0), name);
                    }
                }
            }
        }
        return defined;
    }

    /**
     * The shortest run of {@code words} ending at the last one whose capitalised words' initials spell {@code acronym},
     * or null.
     */
    static String nameEndingWith(List<String> words, String acronym) {
        String letters = acronym.replaceAll("\\P{Lu}", "");
        int next = letters.length() - 1;
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            int initial = word.codePointAt(0);
            if (Character.isUpperCase(initial)) {
                if (initial != letters.codePointAt(next)) {
                    return null;
                }
                if (--next < 0) {
                    return String.join(" ", words.subList(i, words.size()));
                }
            } else if (word.length() > MAX_CONNECTOR || i == words.size() - 1) {
                return null;
            }
        }
        return null;
    }

    /** Up to {@code count} words right before {@code end}, in text order, stopping at a line break or punctuation. */
    private static List<String> wordsBefore(String text, int end, int count) {
        int start = end;
        while (start > 0 && end - start < count * 20) {
            char c = text.charAt(start - 1);
            if (c == '\n' || ",.;:!?()\"“”«»".indexOf(c) >= 0) {
                break;
            }
            start--;
        }
        List<String> words = words(text.substring(start, end));
        return words.size() > count ? words.subList(words.size() - count, words.size()) : words;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
