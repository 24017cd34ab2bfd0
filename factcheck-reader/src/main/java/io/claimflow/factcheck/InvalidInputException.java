package io.claimflow.factcheck;

/** A fact-check or query file that cannot be read as a whole; the message names the file, the record and the field. */
public final class InvalidInputException extends Exception {

    public InvalidInputException(String message) {
        super(message);
    }
}
