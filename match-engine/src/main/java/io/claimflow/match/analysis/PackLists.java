package io.claimflow.match.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lists match-engine keeps in extract-engine's language packs ({@code io/claimflow/engine/pack/<lang>/}), in
 * the packs' format: one entry a line, {@code #} starts a comment line; a missing list is empty.
 */
public final class PackLists {

    private static final String ROOT = "io/claimflow/engine/pack/";

    private final ClassLoader loader;

    public PackLists(ClassLoader loader) {
        this.loader = loader;
    }

    public static PackLists fromClasspath() {
        return new PackLists(PackLists.class.getClassLoader());
    }

    /** The codes of the languages that have a pack. */
    public List<String> languages() {
        return read(ROOT + "languages.txt");
    }

    /** A list of a language ({@code glossary} reads {@code <lang>/glossary.txt}). */
    public List<String> list(String language, String name) {
        return read(ROOT + language + "/" + name + ".txt");
    }

    private List<String> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
