package dev.cfnguard.internal.document;

import java.nio.charset.StandardCharsets;

/**
 * The character source of {@link LibyamlScanner}: the text as code points with libyaml's positions
 * (0-based line and column in characters, byte offset in UTF-8). Like libyaml it decodes the input in
 * chunks of 16 KiB and rejects a non-printable character only when its chunk is decoded, so such an
 * error surfaces exactly when libyaml's would. Not thread-safe.
 */
final class LibyamlReader {

    /** A position in the input, as libyaml's {@code yaml_mark_t}. */
    record Mark(long index, int line, int column) {
    }

    /** The input holds a character YAML does not allow. */
    static final class ReaderError extends Exception {
        final Mark mark;

        ReaderError(String message, Mark mark) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }

    private static final int RAW_CHUNK = 16_384;

    private final int[] chars;
    /** UTF-8 length of each character. */
    private final int[] widths;
    private final byte[] bytes;
    /** The first character that is not allowed, or -1. */
    private final int firstInvalid;
    /** Characters decoded so far (libyaml's buffer end); reading beyond needs the next chunk. */
    private int decoded;
    /** Input bytes taken into the raw buffer so far. */
    private long rawConsumed;
    /** Byte offset of character {@link #offsetCachedAt}, advanced as chunks are decoded. */
    private long offsetCached;
    private int offsetCachedAt;

    private int pos;
    private long index;
    private int line;
    private int column;

    LibyamlReader(String text) {
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();
        this.chars = codePoints;
        this.widths = new int[codePoints.length];
        int invalid = -1;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            widths[i] = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (invalid < 0 && !isPrintable(c)) {
                invalid = i;
            }
        }
        this.firstInvalid = invalid;
    }

    private static boolean isPrintable(int c) {
        return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Makes sure {@code n} characters from the current one are decoded (or the input ends sooner). */
    void cache(int n) throws ReaderError {
        while (pos + n > decoded && rawConsumed < bytes.length) {
            decodeChunk();
        }
    }

    private void decodeChunk() throws ReaderError {
        long chunkEnd = Math.min(bytes.length, rawConsumed + RAW_CHUNK - pendingBytes());
        rawConsumed = chunkEnd;
        long byteAt = byteOffsetOf(decoded);
        while (decoded < chars.length && byteAt + widths[decoded] <= rawConsumed) {
            if (decoded == firstInvalid) {
                throw new ReaderError("control characters are not allowed", markAt(decoded));
            }
            byteAt += widths[decoded];
            decoded++;
        }
    }

    /** Bytes of a character split by the previous chunk, carried into the next one. */
    private long pendingBytes() {
        return rawConsumed - byteOffsetOf(decoded);
    }

    private long byteOffsetOf(int charIndex) {
        while (offsetCachedAt < charIndex) {
            offsetCached += widths[offsetCachedAt++];
        }
        return offsetCached;
    }

    private Mark markAt(int charIndex) {
        // Only used for errors: walk from the current position.
        long at = index;
        int l = line;
        int c = column;
        for (int i = pos; i < charIndex; i++) {
            at += widths[i];
            if (isBreakAt(i)) {
                l++;
                c = 0;
            } else {
                c++;
            }
        }
        return new Mark(at, l, c);
    }

    private boolean isBreakAt(int i) {
        int c = chars[i];
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    // --- looking --------------------------------------------------------------------------------

    /** The character {@code offset} ahead, or 0 past the end (libyaml's terminating NUL). */
    int peek(int offset) {
        int i = pos + offset;
        return i < decoded ? chars[i] : 0;
    }

    int peek() {
        return peek(0);
    }

    boolean check(char c) {
        return peek() == c;
    }

    boolean checkAt(char c, int offset) {
        return peek(offset) == c;
    }

    /** End of input: libyaml's NUL. */
    boolean isZ(int offset) {
        return peek(offset) == 0 && pos + offset >= chars.length;
    }

    boolean isBlank(int offset) {
        int c = peek(offset);
        return c == ' ' || c == '\t';
    }

    boolean isBlank() {
        return isBlank(0);
    }

    boolean isBreak(int offset) {
        int c = peek(offset);
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    boolean isBreak() {
        return isBreak(0);
    }

    boolean isBreakOrEnd(int offset) {
        return isBreak(offset) || isZ(offset);
    }

    boolean isBreakOrEnd() {
        return isBreakOrEnd(0);
    }

    boolean isBlankOrEnd(int offset) {
        return isBlank(offset) || isBreakOrEnd(offset);
    }

    boolean isBlankOrEnd() {
        return isBlankOrEnd(0);
    }

    boolean isSpace() {
        return peek() == ' ';
    }

    boolean isTab() {
        return peek() == '\t';
    }

    boolean isBom() {
        return peek() == 0xFEFF;
    }

    boolean isDigit(int offset) {
        int c = peek(offset);
        return c >= '0' && c <= '9';
    }

    boolean isDigit() {
        return isDigit(0);
    }

    /** libyaml's "alpha": ASCII letters, digits, '_' and '-'. */
    boolean isAlpha() {
        int c = peek();
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    }

    boolean isHex(int offset) {
        int c = peek(offset);
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    int hexValue(int offset) {
        return Character.digit(peek(offset), 16);
    }

    // --- moving ---------------------------------------------------------------------------------

    Mark mark() {
        return new Mark(index, line, column);
    }

    int column() {
        return column;
    }

    int line() {
        return line;
    }

    long index() {
        return index;
    }

    /** Moves over one character that is not a line break. */
    void skip() {
        index += widths[pos];
        column++;
        pos++;
    }

    /** Moves over one line break (CR LF counts as one). */
    void skipLine() {
        if (peek() == '\r' && peek(1) == '\n') {
            index += 2;
            pos += 2;
            column = 0;
            line++;
        } else if (isBreak()) {
            index += widths[pos];
            pos++;
            column = 0;
            line++;
        }
    }

    /** At the end of the input: moves to the start of the next line unless already at a line start. */
    void endLine() {
        if (column != 0) {
            column = 0;
            line++;
        }
    }

    /** Appends the current character and moves over it. */
    void read(StringBuilder into) {
        into.appendCodePoint(chars[pos]);
        skip();
    }

    /** Appends a line break as libyaml normalises it (CR, LF, CR LF and NEL to LF; LS, PS kept). */
    void readLine(StringBuilder into) {
        int c = peek();
        if (c == 0x2028 || c == 0x2029) {
            into.appendCodePoint(c);
        } else {
            into.append('\n');
        }
        skipLine();
    }
}
