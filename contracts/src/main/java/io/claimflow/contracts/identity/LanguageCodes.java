package io.claimflow.contracts.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for language codes in Claimflow: a client declares a language as an ISO 639-1 code (two letters, any
 * case); events carry it in lower case, and a claim whose language cannot be told says {@value #UNDETERMINED} (ISO
 * 639-2's code for that), so filters on claims take either.
 */
public final class LanguageCodes {

    /** A declared language, for Bean Validation's {@code @Pattern}: two letters, any case. */
    public static final String ISO_639_1 = "[A-Za-z]{2}";

    /** What an invalid declared language is told. */
    public static final String MESSAGE = "must be an ISO 639-1 code such as en or sv";

    /** The language of a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    /** What an invalid claim language (of a filter on claims) is told. */
    public static final String CLAIM_LANGUAGE_MESSAGE = MESSAGE + ", or " + UNDETERMINED;

    private static final Pattern DECLARED = Pattern.compile(ISO_639_1);

    private LanguageCodes() {}

    /** Whether a client-declared code is valid: two letters, surrounding blanks ignored. */
    public static boolean isIso6391(String code) {
        return code != null && DECLARED.matcher(code.strip()).matches();
    }

    /** Whether a code can be the language of a claim: an ISO 639-1 code or {@value #UNDETERMINED}. */
    public static boolean isClaimLanguage(String code) {
        return isIso6391(code) || (code != null && UNDETERMINED.equalsIgnoreCase(code.strip()));
    }

    /** The code as events carry it: stripped, lower case; null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
    }
}
