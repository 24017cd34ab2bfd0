package io.claimflow.engine.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All language packs, loaded once. The languages are those listed in {@code io/claimflow/engine/pack/languages.txt}:
 * adding a language is adding its folder and a line there.
 */
public final class LanguageResources {

    private final Map<String, LanguagePack> packs;
    /** CLDR's data per language, read when a language is first met: ICU's look-ups cost milliseconds each. */
    private final Map<String, LocaleData> locales = new java.util.concurrent.ConcurrentHashMap<>();

    private LanguageResources(Map<String, LanguagePack> packs) {
        this.packs = packs;
    }

    public static LanguageResources load() {
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        for (String code : LanguagePack.read(LanguagePack.ROOT + "languages.txt")) {
            packs.put(code, LanguagePack.load(code));
        }
        return new LanguageResources(Map.copyOf(packs));
    }

    /** The pack of a language, or an empty pack for a language the engine has no lists for. */
    public LanguagePack pack(String code) {
        LanguagePack pack = packs.get(code);
        return pack != null ? pack : LanguagePack.empty(code);
    }

    /** What CLDR knows of how the language writes numbers and months: the base its pack overrides. */
    public LocaleData locale(String code) {
        return locales.computeIfAbsent(code, LocaleData::of);
    }

    /** The codes of the languages that have a pack, sorted. */
    public List<String> codes() {
        return packs.keySet().stream().sorted().toList();
    }

    /** One list of every language, concatenated: for stages that run before the language is known. */
    public List<String> union(LexiconName name) {
        List<String> all = new ArrayList<>();
        packs.keySet().stream()
                .sorted()
                .forEach(code -> all.addAll(packs.get(code).list(name)));
        return all;
    }
}
