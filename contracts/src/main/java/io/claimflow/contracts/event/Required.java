package io.claimflow.contracts.event;

/** Checks shared by the event records' constructors, so a malformed event fails where it is built or read. */
final class Required {

    private Required() {}

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value;
    }

    static double unitInterval(double value, String field) {
        if (!Checkworthiness.isScore(value)) {
            throw new IllegalArgumentException(field + " " + Checkworthiness.MESSAGE + ", was " + value);
        }
        return value;
    }

    static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }
}
