package io.claimflow.engine.detect;

import io.claimflow.contracts.identity.LanguageCodes;
import io.claimflow.engine.pack.LanguagePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text with Apache OpenNLP's language detector (103 languages), answering ISO 639-1 codes, or
 * "und" for a language that has none.
 */
public final class LanguageIdentifier {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int CANDIDATES = 5;
    private static final int MAX_SAMPLE = 80;

    private final LanguageDetectorModel model;
    // The model is shared; OpenNLP's detector objects are not documented as thread-safe, so one per thread.
    private final ThreadLocal<LanguageDetectorME> detectors;
    private final Map<String, String> toIso1;

    public LanguageIdentifier() {
        try (InputStream in = LanguageDetectorModel.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP language model " + MODEL + " is not on the class path");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model", e);
        }
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        this.toIso1 = iso1Codes();
    }

    /** The candidate languages of a text, most likely first. */
    public Candidate[] candidates(CharSequence text) {
        // The first few hundred characters tell the language as well as the whole text, at a fraction of the cost.
        CharSequence sample = text.length() > MAX_SAMPLE ? text.subSequence(0, MAX_SAMPLE) : text;
        Language[] languages = detectors.get().predictLanguages(sample);
        int count = Math.min(CANDIDATES, languages.length);
        Candidate[] candidates = new Candidate[count];
        for (int i = 0; i < count; i++) {
            candidates[i] = new Candidate(iso1(languages[i].getLang()), languages[i].getConfidence());
        }
        return candidates;
    }

    /** The ISO 639-1 code of an ISO 639-3 code, or "und". */
    public String iso1(String iso3) {
        return toIso1.getOrDefault(iso3, LanguageCodes.UNDETERMINED);
    }

    /** A language and the detector's confidence in it. */
    public record Candidate(String language, double confidence) {}

    private static Map<String, String> iso1Codes() {
        Map<String, String> codes = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // ISO 639-3 individual languages the detector names instead of their macrolanguage.
        for (String entry : LanguagePack.readShared("iso639-3-macrolanguages.txt")) {
            String[] pair = entry.split("=");
            codes.put(pair[0].strip(), pair[1].strip());
        }
        return Map.copyOf(codes);
    }
}
