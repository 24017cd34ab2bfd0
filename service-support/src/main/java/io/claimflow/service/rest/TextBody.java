package io.claimflow.service.rest;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Reads a text request body strictly, in the character set the request declares (UTF-8 when it declares none): invalid
 * byte sequences and binary content are the client's error, never silently replaced.
 */
public final class TextBody {

    private TextBody() {}

    public static String decode(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        if (body == null || body.length == 0) {
            throw new ProblemException(Problem.of(ProblemKind.EMPTY_BODY, "The body is empty: send the text"));
        }
        String text = charset.equals(StandardCharsets.UTF_8) ? validUtf8(body) : null;
        try {
            text = text != null
                    ? text
                    : charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.of(
                    ProblemKind.INVALID_ENCODING,
                    "The body is not valid " + charset.name() + " text; declare its charset in Content-Type"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ProblemException(
                    Problem.of(ProblemKind.BINARY_BODY, "The body holds binary content (NUL characters), not text"));
        }
        return text;
    }

    /**
     * The body decoded the fast way, which puts U+FFFD where bytes are not UTF-8; so without any U+FFFD in it the body
     * is valid, and with one the strict decoder has to tell (the text may hold that character itself). Null then.
     */
    private static String validUtf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Problem.of(
                    ProblemKind.UNSUPPORTED_CHARSET,
                    "The character set '" + name + "' is not supported; send UTF-8 or another standard charset"));
        }
    }
}
