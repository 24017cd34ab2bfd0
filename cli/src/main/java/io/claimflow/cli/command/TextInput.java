package io.claimflow.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a command's text input: a file or {@code -} for standard input, strictly UTF-8, refusing binary content with a
 * message a user can act on instead of extracting garbage.
 */
final class TextInput {

    static final String STDIN = "-";

    private TextInput() {}

    /** The text of the named input, or a failure explaining why there is none. */
    static String read(String name, InputStream stdin) throws InputException {
        byte[] bytes;
        try {
            bytes = STDIN.equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new InputException(name + ": is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name + ": is binary, not text");
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": is not UTF-8 text");
        }
    }

    /** The document id of an input: the file's name, or "stdin". */
    static String documentId(String name) {
        return STDIN.equals(name) ? "stdin" : Path.of(name).getFileName().toString();
    }

    /** An input that cannot be used, with the message to show. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }
}
