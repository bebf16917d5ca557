package dev.cfnguard.internal.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads whole files and streams without trusting their size: a regular file larger than the limit is
 * refused from its size alone, and any input (a device, a pipe, a file still growing) is read only up to
 * the limit plus one byte. Stateless.
 */
public final class BoundedRead {
    private BoundedRead() {}

    /**
     * @param maxBytes the most bytes accepted
     * @throws InputTooLargeException when the file holds more than {@code maxBytes} bytes
     * @throws IOException            when the file cannot be read
     */
    public static byte[] file(Path file, long maxBytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
            throw new InputTooLargeException(file.toString(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, file.toString(), maxBytes);
        }
    }

    /**
     * @param name     what the stream is called in the error message
     * @param maxBytes the most bytes accepted
     * @throws InputTooLargeException when the stream holds more than {@code maxBytes} bytes
     */
    public static byte[] stream(InputStream in, String name, long maxBytes) throws IOException {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() != -1) {
            throw new InputTooLargeException(name, maxBytes);
        }
        return bytes;
    }
}
