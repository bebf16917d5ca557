package dev.cfnguard.internal.document;


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

    // The text is read in place: a copy as code points (with their widths) would take eight times its size.
    private final String text;
    /** Whether every character is in the BMP: code point and char indexes are then the same. */
    private final boolean bmpOnly;
    /** Number of code points. */
    private final int length;
    /** UTF-8 length of the text. */
    private final long byteLength;
    /** The first character (code point index) that is not allowed, or -1. */
    private final int firstInvalid;
    /** Characters decoded so far (libyaml's buffer end); reading beyond needs the next chunk. */
    private int decoded;
    /** Char index and byte offset of the first character not decoded yet. */
    private int decodedChar;
    private long decodedBytes;
    /** Input bytes taken into the raw buffer so far. */
    private long rawConsumed;

    /** The current character as a code point index and as a char index into {@link #text}. */
    private int pos;
    private int charPos;
    private long index;
    private int line;
    private int column;

    LibyamlReader(String text) {
        this.text = text;
        int count = 0;
        long bytes = 0;
        int invalid = -1;
        boolean bmp = true;
        for (int i = 0; i < text.length(); count++) {
            int c = text.codePointAt(i);
            if (c >= 0x10000 || Character.isSurrogate((char) c)) {
                bmp = false;
            }
            bytes += width(c);
            if (invalid < 0 && !isPrintable(c)) {
                invalid = count;
            }
            i += Character.charCount(c);
        }
        this.length = count;
        this.byteLength = bytes;
        this.firstInvalid = invalid;
        this.bmpOnly = bmp;
    }

    private static int width(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    private static boolean isPrintable(int c) {
        return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Makes sure {@code n} characters from the current one are decoded (or the input ends sooner). */
    void cache(int n) throws ReaderError {
        while (pos + n > decoded && rawConsumed < byteLength) {
            decodeChunk();
        }
    }

    private void decodeChunk() throws ReaderError {
        rawConsumed = Math.min(byteLength, rawConsumed + RAW_CHUNK - pendingBytes());
        while (decoded < length) {
            int c = text.codePointAt(decodedChar);
            if (decodedBytes + width(c) > rawConsumed) {
                break;
            }
            if (decoded == firstInvalid) {
                throw new ReaderError("control characters are not allowed", markAt(decoded));
            }
            decodedBytes += width(c);
            decodedChar += Character.charCount(c);
            decoded++;
        }
    }

    /** Bytes of a character split by the previous chunk, carried into the next one. */
    private long pendingBytes() {
        return rawConsumed - decodedBytes;
    }

    /** The char index of the character {@code offset} code points after the current one. */
    private int charIndex(int offset) {
        if (bmpOnly) {
            return pos + offset;
        }
        int at = charPos;
        for (int k = 0; k < offset && at < text.length(); k++) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }

    private Mark markAt(int charIndex) {
        // Only used for errors: walk from the current position.
        long at = index;
        int l = line;
        int c = column;
        int ci = charPos;
        for (int i = pos; i < charIndex; i++) {
            int cp = text.codePointAt(ci);
            at += width(cp);
            if (isBreakChar(cp)) {
                l++;
                c = 0;
            } else {
                c++;
            }
            ci += Character.charCount(cp);
        }
        return new Mark(at, l, c);
    }

    private static boolean isBreakChar(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    // --- looking --------------------------------------------------------------------------------

    /** The character {@code offset} ahead, or 0 past the end (libyaml's terminating NUL). */
    int peek(int offset) {
        if (pos + offset >= decoded) {
            return 0;
        }
        return bmpOnly ? text.charAt(pos + offset) : text.codePointAt(charIndex(offset));
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
        return peek(offset) == 0 && pos + offset >= length;
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
        int c = text.codePointAt(charPos);
        index += width(c);
        column++;
        pos++;
        charPos += Character.charCount(c);
    }

    /** Moves over one line break (CR LF counts as one). */
    void skipLine() {
        if (peek() == '\r' && peek(1) == '\n') {
            index += 2;
            pos += 2;
            charPos += 2;
            column = 0;
            line++;
        } else if (isBreak()) {
            index += width(peek());
            pos++;
            charPos++;
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
        into.appendCodePoint(text.codePointAt(charPos));
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
