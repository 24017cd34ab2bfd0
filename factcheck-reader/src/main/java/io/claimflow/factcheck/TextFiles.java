package io.claimflow.factcheck;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file as strict UTF-8 (a byte-order mark dropped), with messages a user can act on. */
final class TextFiles {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private TextFiles() {}

    static String read(Path file) throws InvalidInputException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
