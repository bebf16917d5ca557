package dev.cfnguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads whole files and streams as UTF-8 text, strictly: malformed input is an error (a
 * {@link java.nio.charset.CharacterCodingException}), as it is for the reference. A byte-order mark is
 * kept as the character U+FEFF. Stateless.
 */
public final class TextFiles {
    private TextFiles() {}

    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static String read(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    private static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
