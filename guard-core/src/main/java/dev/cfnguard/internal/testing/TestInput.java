package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.document.BoundedRead;
import dev.cfnguard.internal.document.InputTooLargeException;
import dev.cfnguard.internal.document.LoadLimits;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A rules or test file of a test run: where to read it, and its path as the reference prints it (the
 * argument as typed, joined with the names met while walking directories).
 */
public record TestInput(Path path, String display) {

    /** A read failure, with the reference's message ("I/O error when reading ..."). */
    static final class ReadException extends Exception {
        private static final long serialVersionUID = 1L;

        ReadException(String message) {
            super(message);
        }
    }

    /** The file's text, which must be UTF-8. */
    String read() throws ReadException {
        byte[] bytes;
        try {
            bytes = BoundedRead.file(path, LoadLimits.DEFAULT.maxInputChars());
        } catch (InputTooLargeException e) {
            throw new ReadException("I/O error when reading " + display + " is larger than the limit of "
                    + e.limit() + " bytes");
        } catch (IOException e) {
            throw new ReadException("I/O error when reading " + describe(e));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReadException("I/O error when reading stream did not contain valid UTF-8");
        }
    }

    /** The operating system's wording, as the reference prints it. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory (os error 2)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied (os error 13)";
        }
        String message = String.valueOf(e.getMessage());
        return message.endsWith("Is a directory") ? "Is a directory (os error 21)" : message;
    }
}
