package dev.cfnguard.cli;

import dev.cfnguard.internal.document.BoundedRead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads whole files and streams as UTF-8 text, strictly: malformed input is an error (a
 * {@link java.nio.charset.CharacterCodingException}), as it is for the reference. A byte-order mark is
 * kept as the character U+FEFF. Inputs beyond {@link LimitSettings#maxDocumentBytes()} are refused with an
 * {@link dev.cfnguard.internal.document.InputTooLargeException} before they are read into memory. Stateless.
 */
public final class TextFiles {
    private TextFiles() {}

    public static String read(Path file) throws IOException {
        return decode(BoundedRead.file(file, LimitSettings.current().maxDocumentBytes()));
    }

    public static String read(InputStream in) throws IOException {
        return decode(BoundedRead.stream(in, "STDIN", LimitSettings.current().maxDocumentBytes()));
    }

    private static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
