package io.claimflow.engine.text;

import io.claimflow.contracts.event.ClaimExtracted.Span;
import java.util.Arrays;

/**
 * Cleaned text that remembers, for every character, where it came from in the submitted text, so that spans found in
 * the cleaned text map back to the original.
 */
public final class MappedText {

    private final String text;
    private final int[] origins;

    MappedText(String text, int[] origins) {
        this.text = text;
        this.origins = origins;
    }

    /** A mapped text that is the original itself. */
    public static MappedText identity(String original) {
        int[] origins = new int[original.length()];
        Arrays.setAll(origins, i -> i);
        return new MappedText(original, origins);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text of the character at {@code index}. */
    public int origin(int index) {
        return origins[index];
    }

    /** The original span covering cleaned characters {@code start} (inclusive) to {@code end} (exclusive). */
    public Span originalSpan(int start, int end) {
        if (end <= start) {
            int at = start < origins.length
                    ? origins[start]
                    : (origins.length == 0 ? 0 : origins[origins.length - 1] + 1);
            return new Span(at, at);
        }
        return new Span(origins[start], origins[end - 1] + 1);
    }

    /** Builds a mapped text piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] origins = new int[64];

        /** Appends {@code source[from, to)} whose first character sits at {@code originOffset} in the original. */
        public Builder append(CharSequence source, int from, int to, int originOffset) {
            for (int i = from; i < to; i++) {
                add(source.charAt(i), originOffset + i - from);
            }
            return this;
        }

        /** Appends characters of a mapped text, keeping their origins. */
        public Builder append(MappedText source, int from, int to) {
            int length = text.length();
            int needed = length + to - from;
            if (needed > origins.length) {
                origins = Arrays.copyOf(origins, Math.max(needed, origins.length * 2));
            }
            System.arraycopy(source.origins, from, origins, length, to - from);
            text.append(source.text, from, to);
            return this;
        }

        /** Appends a separator that has no original characters; it maps to {@code origin}. */
        public Builder separator(char separator, int origin) {
            add(separator, origin);
            return this;
        }

        public int length() {
            return text.length();
        }

        public char charAt(int index) {
            return text.charAt(index);
        }

        /** Origin of the last appended character, or -1 when empty. */
        public int lastOrigin() {
            return text.length() == 0 ? -1 : origins[text.length() - 1];
        }

        /** Drops trailing white space. */
        public void trimEnd() {
            int length = text.length();
            while (length > 0 && Character.isWhitespace(text.charAt(length - 1))) {
                length--;
            }
            text.setLength(length);
        }

        public MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(origins, text.length()));
        }

        private void add(char c, int origin) {
            if (text.length() == origins.length) {
                origins = Arrays.copyOf(origins, origins.length * 2);
            }
            origins[text.length()] = origin;
            text.append(c);
        }
    }
}
