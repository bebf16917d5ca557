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
 * kept as the character U+FEFF. Inputs beyond {@link LimitSettings#maxDocumentBytes()} are refused with a
 * {@link TooLarge} before they are read into memory: a regular file by its size, anything else (a pipe, a
 * device) once one byte more than the limit has arrived. Stateless.
 */
public final class TextFiles {
    private TextFiles() {}

    /** An input over the size limit; the message names it and the limit, on one line. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String inputName, long limit) {
            super(inputName + " is larger than the limit of " + limit + " bytes");
        }
    }

    public static String read(Path file) throws IOException {
        long limit = LimitSettings.current().maxDocumentBytes();
        if (Files.isRegularFile(file) && Files.size(file) > limit) {
            throw new TooLarge(file.toString(), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(bounded(in, file.toString(), limit));
        }
    }

    public static String read(InputStream in) throws IOException {
        return decode(bounded(in, "STDIN", LimitSettings.current().maxDocumentBytes()));
    }

    private static byte[] bounded(InputStream in, String name, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() != -1) {
            throw new TooLarge(name, limit);
        }
        return bytes;
    }

    private static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
