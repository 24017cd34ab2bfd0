package io.claimflow.engine.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge the engine has of one language: word lists read from
 * {@code io/claimflow/engine/pack/<code>/<list>.txt}, one entry a line, {@code #} starts a comment.
 */
public final class LanguagePack {

    /** The resource folder of the packs: one sub-folder a language, and {@code languages.txt}. */
    static final String ROOT = "io/claimflow/engine/pack/";

    private final String code;
    private final Map<String, List<String>> lists;

    LanguagePack(String code, Map<String, List<String>> lists) {
        this.code = code;
        this.lists = lists;
    }

    /** Reads every list of {@code code} that exists; a list the language lacks is empty. */
    static LanguagePack load(String code) {
        Map<String, List<String>> lists = new HashMap<>();
        for (LexiconName name : LexiconName.values()) {
            lists.put(name.fileName(), read(ROOT + code + "/" + name.fileName() + ".txt"));
        }
        return new LanguagePack(code, lists);
    }

    static LanguagePack empty(String code) {
        Map<String, List<String>> lists = new HashMap<>();
        for (LexiconName name : LexiconName.values()) {
            lists.put(name.fileName(), List.of());
        }
        return new LanguagePack(code, lists);
    }

    public String code() {
        return code;
    }

    /** The entries of a list, in file order. */
    public List<String> list(LexiconName name) {
        return lists.get(name.fileName());
    }

    /** A list kept beside the language folders, for facts about languages in general. */
    public static List<String> readShared(String fileName) {
        return read(ROOT + fileName);
    }

    /** The entries of lists in lower case, multi-word entries also word by word. */
    public Set<String> words(LexiconName... names) {
        Set<String> words = new HashSet<>();
        for (LexiconName name : names) {
            for (String entry : list(name)) {
                String lower = entry.toLowerCase(Locale.ROOT);
                words.add(lower);
                words.addAll(List.of(lower.split("\\s+")));
            }
        }
        return Set.copyOf(words);
    }

    /** A list of {@code key=value} entries as a map, keys in lower case. */
    public Map<String, String> pairs(LexiconName name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : list(name)) {
            int separator = entry.lastIndexOf('=');
            if (separator > 0) {
                pairs.put(
                        entry.substring(0, separator).strip().toLowerCase(Locale.ROOT),
                        entry.substring(separator + 1).strip());
            }
        }
        return pairs;
    }

    /** Month names, lower case, with their number (the months list is {@code number=name,name}). */
    public Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (String entry : list(LexiconName.MONTHS)) {
            String[] pair = entry.split("=", 2);
            for (String name : pair[1].split(",")) {
                months.put(name.strip().toLowerCase(Locale.ROOT), Integer.parseInt(pair[0].strip()));
            }
        }
        return Map.copyOf(months);
    }

    static List<String> read(String resource) {
        InputStream in = LanguagePack.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(entries);
    }
}
