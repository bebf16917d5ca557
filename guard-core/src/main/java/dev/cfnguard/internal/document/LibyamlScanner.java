package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.LibyamlReader.Mark;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML 1.1 scanner that accepts, refuses and positions tokens exactly as libyaml 0.2.5 (the parser
 * the reference uses): the same simple-key rules (1024-byte limit, one line), tab rules (separators in
 * flow context and after a key's {@code :}, never indentation), NEL/LS/PS line breaks, a byte order mark
 * at a line start skipped like a space, the same escapes and the same lazy lookahead, so an error
 * further on is met no earlier than libyaml meets it. Not thread-safe.
 */
final class LibyamlScanner {

    enum Type {
        STREAM_START, STREAM_END, VERSION_DIRECTIVE, TAG_DIRECTIVE, DOCUMENT_START, DOCUMENT_END,
        BLOCK_SEQUENCE_START, BLOCK_MAPPING_START, BLOCK_END, FLOW_SEQUENCE_START, FLOW_SEQUENCE_END,
        FLOW_MAPPING_START, FLOW_MAPPING_END, BLOCK_ENTRY, FLOW_ENTRY, KEY, VALUE, ALIAS, ANCHOR, TAG, SCALAR
    }

    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    /**
     * A token. {@code value}: scalar text, anchor or alias name, tag handle, directive handle;
     * {@code suffix}: tag suffix or directive prefix; {@code major}/{@code minor}: %YAML version.
     */
    record Token(Type type, Mark start, Mark end, String value, String suffix, Style style, int major, int minor) {
        static Token of(Type type, Mark start, Mark end) {
            return new Token(type, start, end, null, null, null, 0, 0);
        }
    }

    /** The text is not YAML; {@code mark} is where libyaml noticed. */
    static final class ScanError extends Exception {
        final Mark mark;

        ScanError(String problem, Mark mark) {
            super(problem, null, false, false);
            this.mark = mark;
        }
    }

    private static final class SimpleKey {
        boolean possible;
        boolean required;
        long tokenNumber;
        Mark mark;
    }

    private final LibyamlReader in;
    private final List<Token> tokens = new ArrayList<>();
    private int head;
    private long tokensParsed;
    private boolean tokenAvailable;
    private boolean streamStartProduced;
    private boolean streamEndProduced;
    private int flowLevel;
    private int indent = -1;
    private final List<Integer> indents = new ArrayList<>();
    private boolean simpleKeyAllowed;
    /** One slot per flow level (libyaml's stack); only the top slot changes. */
    private final List<SimpleKey> simpleKeys = new ArrayList<>();
    /**
     * The keys that may still be possible, oldest first. Keys are saved in token order and grow stale in
     * that order, so stale and impossible keys are always at the front: checking them costs no walk over
     * every flow level (which made deeply nested flow collections quadratic).
     */
    private final java.util.ArrayDeque<SimpleKey> livelyKeys = new java.util.ArrayDeque<>();

    // Buffers of the plain and quoted scalar scanners, kept for the next scalar: most scalars are a few
    // characters, and four new builders for each were a seventh of what loading a template allocated.
    private final StringBuilder scalarText = new StringBuilder();
    private final StringBuilder leadingBreakText = new StringBuilder();
    private final StringBuilder trailingBreaksText = new StringBuilder();
    private final StringBuilder whitespaceText = new StringBuilder();

    private static StringBuilder cleared(StringBuilder buffer) {
        buffer.setLength(0);
        return buffer;
    }

    LibyamlScanner(String text) {
        this.in = new LibyamlReader(text);
    }

    // --- the token queue, as the parser sees it -----------------------------------------------------

    /** The next token, not consumed. */
    Token peek() throws ScanError {
        if (!tokenAvailable) {
            fetchMoreTokens();
        }
        return tokens.get(head);
    }

    /** Consumes the token {@link #peek()} returned. */
    void skipToken() {
        tokenAvailable = false;
        tokensParsed++;
        streamEndProduced = tokens.get(head).type() == Type.STREAM_END;
        head++;
        if (head > 64 && head * 2 > tokens.size()) {
            tokens.subList(0, head).clear();
            head = 0;
        }
    }

    boolean streamEndProduced() {
        return streamEndProduced;
    }

    private int queued() {
        return tokens.size() - head;
    }

    private void enqueue(Token token) {
        tokens.add(token);
    }

    private void insert(long position, Token token) {
        tokens.add(head + (int) position, token);
    }

    private void fetchMoreTokens() throws ScanError {
        while (true) {
            boolean needMore = false;
            if (queued() == 0) {
                needMore = true;
            } else {
                staleSimpleKeys();
                // The oldest possible key has the lowest token number; none is below the head.
                SimpleKey oldest = livelyKeys.peekFirst();
                needMore = oldest != null && oldest.tokenNumber == tokensParsed;
            }
            if (!needMore) {
                break;
            }
            fetchNextToken();
        }
        tokenAvailable = true;
    }

    private void cache(int n) throws ScanError {
        try {
            in.cache(n);
        } catch (LibyamlReader.ReaderError e) {
            throw new ScanError(e.getMessage(), e.mark);
        }
    }

    private ScanError error(String problem) {
        return new ScanError(problem, in.mark());
    }

    private void fetchNextToken() throws ScanError {
        cache(1);
        if (!streamStartProduced) {
            fetchStreamStart();
            return;
        }
        scanToNextToken();
        staleSimpleKeys();
        unrollIndent(in.column());
        cache(4);
        if (in.isZ(0)) {
            fetchStreamEnd();
            return;
        }
        int c = in.peek();
        if (in.column() == 0 && c == '%') {
            fetchDirective();
            return;
        }
        if (in.column() == 0 && c == '-' && in.checkAt('-', 1) && in.checkAt('-', 2) && in.isBlankOrEnd(3)) {
            fetchDocumentIndicator(Type.DOCUMENT_START);
            return;
        }
        if (in.column() == 0 && c == '.' && in.checkAt('.', 1) && in.checkAt('.', 2) && in.isBlankOrEnd(3)) {
            fetchDocumentIndicator(Type.DOCUMENT_END);
            return;
        }
        switch (c) {
            case '[' -> fetchFlowCollectionStart(Type.FLOW_SEQUENCE_START);
            case '{' -> fetchFlowCollectionStart(Type.FLOW_MAPPING_START);
            case ']' -> fetchFlowCollectionEnd(Type.FLOW_SEQUENCE_END);
            case '}' -> fetchFlowCollectionEnd(Type.FLOW_MAPPING_END);
            case ',' -> fetchFlowEntry();
            default -> fetchOther(c);
        }
    }

    private void fetchOther(int c) throws ScanError {
        if (c == '-' && in.isBlankOrEnd(1)) {
            fetchBlockEntry();
        } else if (c == '?' && (flowLevel > 0 || in.isBlankOrEnd(1))) {
            fetchKey();
        } else if (c == ':' && (flowLevel > 0 || in.isBlankOrEnd(1))) {
            fetchValue();
        } else if (c == '*') {
            fetchAnchor(Type.ALIAS);
        } else if (c == '&') {
            fetchAnchor(Type.ANCHOR);
        } else if (c == '!') {
            fetchTag();
        } else if (c == '|' && flowLevel == 0) {
            fetchBlockScalar(true);
        } else if (c == '>' && flowLevel == 0) {
            fetchBlockScalar(false);
        } else if (c == '\'') {
            fetchFlowScalar(true);
        } else if (c == '"') {
            fetchFlowScalar(false);
        } else if (!(in.isBlankOrEnd(0) || "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0)
                || (c == '-' && !in.isBlank(1))
                || (flowLevel == 0 && (c == '?' || c == ':') && !in.isBlankOrEnd(1))) {
            fetchPlainScalar();
        } else {
            throw error("found character that cannot start any token");
        }
    }

    // --- simple keys and indentation -------------------------------------------------------------

    /** A key is stale once the scanner has left its line or gone 1024 bytes past it. */
    private void staleSimpleKeys() throws ScanError {
        while (!livelyKeys.isEmpty()) {
            SimpleKey key = livelyKeys.peekFirst();
            if (key.possible && (key.mark.line() < in.line() || key.mark.index() + 1024 < in.index())) {
                if (key.required) {
                    throw new ScanError("could not find expected ':'", in.mark());
                }
                key.possible = false;
            }
            if (key.possible) {
                return;
            }
            livelyKeys.pollFirst();
        }
    }

    private void saveSimpleKey() throws ScanError {
        boolean required = flowLevel == 0 && indent == in.column();
        if (simpleKeyAllowed) {
            SimpleKey key = new SimpleKey();
            key.possible = true;
            key.required = required;
            key.tokenNumber = tokensParsed + queued();
            key.mark = in.mark();
            removeSimpleKey();
            simpleKeys.set(simpleKeys.size() - 1, key);
            livelyKeys.addLast(key);
        }
    }

    private void removeSimpleKey() throws ScanError {
        SimpleKey key = simpleKeys.get(simpleKeys.size() - 1);
        if (key.possible && key.required) {
            throw new ScanError("could not find expected ':'", in.mark());
        }
        key.possible = false;
    }

    private void increaseFlowLevel() {
        simpleKeys.add(new SimpleKey());
        flowLevel++;
    }

    private void decreaseFlowLevel() {
        if (flowLevel > 0) {
            flowLevel--;
            simpleKeys.remove(simpleKeys.size() - 1);
        }
    }

    private void rollIndent(int column, long number, Type type, Mark mark) {
        if (flowLevel > 0) {
            return;
        }
        if (indent < column) {
            indents.add(indent);
            indent = column;
            Token token = Token.of(type, mark, mark);
            if (number == -1) {
                enqueue(token);
            } else {
                insert(number - tokensParsed, token);
            }
        }
    }

    private void unrollIndent(int column) {
        if (flowLevel > 0) {
            return;
        }
        while (indent > column) {
            enqueue(Token.of(Type.BLOCK_END, in.mark(), in.mark()));
            indent = indents.remove(indents.size() - 1);
        }
    }

    // --- fetching --------------------------------------------------------------------------------

    private void fetchStreamStart() {
        indent = -1;
        simpleKeys.add(new SimpleKey());
        simpleKeyAllowed = true;
        streamStartProduced = true;
        enqueue(Token.of(Type.STREAM_START, in.mark(), in.mark()));
    }

    private void fetchStreamEnd() throws ScanError {
        // libyaml pretends the stream ends on a line of its own (which also makes pending keys stale).
        in.endLine();
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        enqueue(Token.of(Type.STREAM_END, in.mark(), in.mark()));
    }

    private void fetchDirective() throws ScanError {
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanDirective());
    }

    private void fetchDocumentIndicator(Type type) throws ScanError {
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        Mark start = in.mark();
        in.skip();
        in.skip();
        in.skip();
        enqueue(Token.of(type, start, in.mark()));
    }

    private void fetchFlowCollectionStart(Type type) throws ScanError {
        saveSimpleKey();
        increaseFlowLevel();
        simpleKeyAllowed = true;
        Mark start = in.mark();
        in.skip();
        enqueue(Token.of(type, start, in.mark()));
    }

    private void fetchFlowCollectionEnd(Type type) throws ScanError {
        removeSimpleKey();
        decreaseFlowLevel();
        simpleKeyAllowed = false;
        Mark start = in.mark();
        in.skip();
        enqueue(Token.of(type, start, in.mark()));
    }

    private void fetchFlowEntry() throws ScanError {
        removeSimpleKey();
        simpleKeyAllowed = true;
        Mark start = in.mark();
        in.skip();
        enqueue(Token.of(Type.FLOW_ENTRY, start, in.mark()));
    }

    private void fetchBlockEntry() throws ScanError {
        if (flowLevel == 0) {
            if (!simpleKeyAllowed) {
                throw error("block sequence entries are not allowed in this context");
            }
            rollIndent(in.column(), -1, Type.BLOCK_SEQUENCE_START, in.mark());
        }
        removeSimpleKey();
        simpleKeyAllowed = true;
        Mark start = in.mark();
        in.skip();
        enqueue(Token.of(Type.BLOCK_ENTRY, start, in.mark()));
    }

    private void fetchKey() throws ScanError {
        if (flowLevel == 0) {
            if (!simpleKeyAllowed) {
                throw error("mapping keys are not allowed in this context");
            }
            rollIndent(in.column(), -1, Type.BLOCK_MAPPING_START, in.mark());
        }
        removeSimpleKey();
        simpleKeyAllowed = flowLevel == 0;
        Mark start = in.mark();
        in.skip();
        enqueue(Token.of(Type.KEY, start, in.mark()));
    }

    private void fetchValue() throws ScanError {
        SimpleKey key = simpleKeys.get(simpleKeys.size() - 1);
        if (key.possible) {
            insert(key.tokenNumber - tokensParsed, Token.of(Type.KEY, key.mark, key.mark));
            rollIndent(key.mark.column(), key.tokenNumber, Type.BLOCK_MAPPING_START, key.mark);
            key.possible = false;
            simpleKeyAllowed = false;
        } else {
            if (flowLevel == 0) {
                if (!simpleKeyAllowed) {
                    throw error("mapping values are not allowed in this context");
                }
                rollIndent(in.column(), -1, Type.BLOCK_MAPPING_START, in.mark());
            }
            simpleKeyAllowed = flowLevel == 0;
        }
        Mark start = in.mark();
        in.skip();
        enqueue(Token.of(Type.VALUE, start, in.mark()));
    }

    private void fetchAnchor(Type type) throws ScanError {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanAnchor(type));
    }

    private void fetchTag() throws ScanError {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanTag());
    }

    private void fetchBlockScalar(boolean literal) throws ScanError {
        removeSimpleKey();
        simpleKeyAllowed = true;
        enqueue(scanBlockScalar(literal));
    }

    private void fetchFlowScalar(boolean single) throws ScanError {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanFlowScalar(single));
    }

    private void fetchPlainScalar() throws ScanError {
        saveSimpleKey();
        simpleKeyAllowed = false;
        enqueue(scanPlainScalar());
    }

    // --- scanning --------------------------------------------------------------------------------

    /** Skips blanks, comments and line breaks up to the next token, as libyaml does. */
    private void scanToNextToken() throws ScanError {
        while (true) {
            cache(1);
            if (in.column() == 0 && in.isBom()) {
                in.skip();
            }
            cache(1);
            // Tabs separate tokens only inside flow collections or where no key may start.
            while (in.check(' ') || ((flowLevel > 0 || !simpleKeyAllowed) && in.check('\t'))) {
                in.skip();
                cache(1);
            }
            if (in.check('#')) {
                while (!in.isBreakOrEnd()) {
                    in.skip();
                    cache(1);
                }
            }
            if (!in.isBreak()) {
                break;
            }
            cache(2);
            in.skipLine();
            if (flowLevel == 0) {
                simpleKeyAllowed = true;
            }
        }
    }

    private Token scanDirective() throws ScanError {
        Mark start = in.mark();
        in.skip();
        String name = scanDirectiveName();
        Token token;
        if (name.equals("YAML")) {
            token = scanVersionDirectiveValue(start);
        } else if (name.equals("TAG")) {
            token = scanTagDirectiveValue(start);
        } else {
            throw new ScanError("found unknown directive name", in.mark());
        }
        cache(1);
        while (in.isBlank()) {
            in.skip();
            cache(1);
        }
        if (in.check('#')) {
            while (!in.isBreakOrEnd()) {
                in.skip();
                cache(1);
            }
        }
        if (!in.isBreakOrEnd()) {
            throw error("did not find expected comment or line break");
        }
        if (in.isBreak()) {
            cache(2);
            in.skipLine();
        }
        return token;
    }

    private String scanDirectiveName() throws ScanError {
        StringBuilder name = new StringBuilder();
        cache(1);
        while (in.isAlpha()) {
            in.read(name);
            cache(1);
        }
        if (name.length() == 0) {
            throw error("could not find expected directive name");
        }
        if (!in.isBlankOrEnd()) {
            throw error("found unexpected non-alphabetical character");
        }
        return name.toString();
    }

    private Token scanVersionDirectiveValue(Mark start) throws ScanError {
        cache(1);
        while (in.isBlank()) {
            in.skip();
            cache(1);
        }
        int major = scanVersionNumber();
        if (!in.check('.')) {
            throw error("did not find expected digit or '.' character");
        }
        in.skip();
        int minor = scanVersionNumber();
        return new Token(Type.VERSION_DIRECTIVE, start, in.mark(), null, null, null, major, minor);
    }

    private int scanVersionNumber() throws ScanError {
        int value = 0;
        int length = 0;
        cache(1);
        while (in.isDigit()) {
            if (++length > 9) {
                throw error("found extremely long version number");
            }
            value = value * 10 + (in.peek() - '0');
            in.skip();
            cache(1);
        }
        if (length == 0) {
            throw error("did not find expected version number");
        }
        return value;
    }

    private Token scanTagDirectiveValue(Mark start) throws ScanError {
        cache(1);
        while (in.isBlank()) {
            in.skip();
            cache(1);
        }
        String handle = scanTagHandle(true);
        cache(1);
        if (!in.isBlank()) {
            throw error("did not find expected whitespace");
        }
        while (in.isBlank()) {
            in.skip();
            cache(1);
        }
        String prefix = scanTagUri(true, true, null);
        cache(1);
        if (!in.isBlankOrEnd()) {
            throw error("did not find expected whitespace or line break");
        }
        return new Token(Type.TAG_DIRECTIVE, start, in.mark(), handle, prefix, null, 0, 0);
    }

    private Token scanAnchor(Type type) throws ScanError {
        Mark start = in.mark();
        in.skip();
        StringBuilder name = new StringBuilder();
        cache(1);
        while (in.isAlpha()) {
            in.read(name);
            cache(1);
        }
        Mark end = in.mark();
        int c = in.peek();
        if (name.length() == 0 || !(in.isBlankOrEnd() || "?:,]}%@`".indexOf(c) >= 0 && c != 0)) {
            throw error("did not find expected alphabetic or numeric character");
        }
        return new Token(type, start, end, name.toString(), null, null, 0, 0);
    }

    private Token scanTag() throws ScanError {
        Mark start = in.mark();
        String handle;
        String suffix;
        cache(2);
        if (in.checkAt('<', 1)) {
            handle = "";
            in.skip();
            in.skip();
            suffix = scanTagUri(true, false, null);
            if (!in.check('>')) {
                throw error("did not find the expected '>'");
            }
            in.skip();
        } else {
            handle = scanTagHandle(false);
            if (handle.length() > 1 && handle.startsWith("!") && handle.endsWith("!")) {
                suffix = scanTagUri(false, false, null);
            } else {
                suffix = scanTagUri(false, false, handle);
                handle = "!";
                if (suffix.isEmpty()) {
                    // A lone "!" is the non-specific tag.
                    suffix = handle;
                    handle = "";
                }
            }
        }
        cache(1);
        if (!in.isBlankOrEnd() && (flowLevel == 0 || !in.check(','))) {
            throw error("did not find expected whitespace or line break");
        }
        return new Token(Type.TAG, start, in.mark(), handle, suffix, null, 0, 0);
    }

    private String scanTagHandle(boolean directive) throws ScanError {
        cache(1);
        if (!in.check('!')) {
            throw error("did not find expected '!'");
        }
        StringBuilder handle = new StringBuilder();
        in.read(handle);
        cache(1);
        while (in.isAlpha()) {
            in.read(handle);
            cache(1);
        }
        if (in.check('!')) {
            in.read(handle);
        } else if (directive && !handle.toString().equals("!")) {
            throw error("did not find expected '!'");
        }
        return handle.toString();
    }

    /** A tag URI; {@code head} is a scanned handle whose text after its '!' starts the URI. */
    private String scanTagUri(boolean uriChar, boolean directive, String head) throws ScanError {
        StringBuilder uri = new StringBuilder();
        int length = 0;
        if (head != null && head.length() > 1) {
            uri.append(head, 1, head.length());
            length = head.length();
        } else if (head != null) {
            length = head.length();
        }
        cache(1);
        while (true) {
            int c = in.peek();
            boolean accepted = in.isAlpha() || ";/?:@&=+$.%!~*'()".indexOf(c) >= 0 && c != 0
                    || uriChar && (c == ',' || c == '[' || c == ']');
            if (!accepted) {
                break;
            }
            if (c == '%') {
                scanUriEscapes(uri);
            } else {
                in.read(uri);
            }
            length++;
            cache(1);
        }
        if (length == 0) {
            throw error("did not find expected tag URI");
        }
        return uri.toString();
    }

    private void scanUriEscapes(StringBuilder into) throws ScanError {
        int width = 0;
        byte[] octets = new byte[4];
        int count = 0;
        do {
            cache(3);
            if (!(in.check('%') && in.isHex(1) && in.isHex(2))) {
                throw error("did not find URI escaped octet");
            }
            int octet = (in.hexValue(1) << 4) + in.hexValue(2);
            if (width == 0) {
                width = (octet & 0x80) == 0 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                        : (octet & 0xF8) == 0xF0 ? 4 : 0;
                if (width == 0) {
                    throw error("found an incorrect leading UTF-8 octet");
                }
            } else if ((octet & 0xC0) != 0x80) {
                throw error("found an incorrect trailing UTF-8 octet");
            }
            octets[count++] = (byte) octet;
            in.skip();
            in.skip();
            in.skip();
        } while (--width > 0);
        into.append(new String(octets, 0, count, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Token scanBlockScalar(boolean literal) throws ScanError {
        Mark start = in.mark();
        in.skip();
        int chomping = 0;
        int increment = 0;
        cache(1);
        if (in.check('+') || in.check('-')) {
            chomping = in.check('+') ? 1 : -1;
            in.skip();
            cache(1);
            if (in.isDigit()) {
                if (in.check('0')) {
                    throw error("found an indentation indicator equal to 0");
                }
                increment = in.peek() - '0';
                in.skip();
            }
        } else if (in.isDigit()) {
            if (in.check('0')) {
                throw error("found an indentation indicator equal to 0");
            }
            increment = in.peek() - '0';
            in.skip();
            cache(1);
            if (in.check('+') || in.check('-')) {
                chomping = in.check('+') ? 1 : -1;
                in.skip();
            }
        }
        cache(1);
        while (in.isBlank()) {
            in.skip();
            cache(1);
        }
        if (in.check('#')) {
            while (!in.isBreakOrEnd()) {
                in.skip();
                cache(1);
            }
        }
        if (!in.isBreakOrEnd()) {
            throw error("did not find expected comment or line break");
        }
        if (in.isBreak()) {
            cache(2);
            in.skipLine();
        }
        Mark[] end = {in.mark()};
        int[] blockIndent = {0};
        if (increment != 0) {
            blockIndent[0] = indent >= 0 ? indent + increment : increment;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder leadingBreak = new StringBuilder();
        StringBuilder trailingBreaks = new StringBuilder();
        scanBlockScalarBreaks(blockIndent, trailingBreaks, end);
        cache(1);
        boolean leadingBlank = false;
        while (in.column() == blockIndent[0] && !in.isZ(0)) {
            boolean trailingBlank = in.isBlank();
            if (!literal && startsWithNewline(leadingBreak) && !leadingBlank && !trailingBlank) {
                if (trailingBreaks.length() == 0) {
                    text.append(' ');
                }
                leadingBreak.setLength(0);
            } else {
                text.append(leadingBreak);
                leadingBreak.setLength(0);
            }
            text.append(trailingBreaks);
            trailingBreaks.setLength(0);
            leadingBlank = in.isBlank();
            while (!in.isBreakOrEnd()) {
                in.read(text);
                cache(1);
            }
            cache(2);
            in.readLine(leadingBreak);
            scanBlockScalarBreaks(blockIndent, trailingBreaks, end);
        }
        if (chomping != -1) {
            text.append(leadingBreak);
        }
        if (chomping == 1) {
            text.append(trailingBreaks);
        }
        return new Token(Type.SCALAR, start, end[0], text.toString(), null,
                literal ? Style.LITERAL : Style.FOLDED, 0, 0);
    }

    private static boolean startsWithNewline(StringBuilder text) {
        return text.length() > 0 && text.charAt(0) == '\n';
    }

    private void scanBlockScalarBreaks(int[] blockIndent, StringBuilder breaks, Mark[] end) throws ScanError {
        int maxIndent = 0;
        end[0] = in.mark();
        while (true) {
            cache(1);
            while ((blockIndent[0] == 0 || in.column() < blockIndent[0]) && in.isSpace()) {
                in.skip();
                cache(1);
            }
            if (in.column() > maxIndent) {
                maxIndent = in.column();
            }
            if ((blockIndent[0] == 0 || in.column() < blockIndent[0]) && in.isTab()) {
                throw error("found a tab character where an indentation space is expected");
            }
            if (!in.isBreak()) {
                break;
            }
            cache(2);
            in.readLine(breaks);
            end[0] = in.mark();
        }
        if (blockIndent[0] == 0) {
            blockIndent[0] = Math.max(Math.max(maxIndent, indent + 1), 1);
        }
    }

    private Token scanFlowScalar(boolean single) throws ScanError {
        Mark start = in.mark();
        in.skip();
        StringBuilder text = cleared(scalarText);
        StringBuilder leadingBreak = cleared(leadingBreakText);
        StringBuilder trailingBreaks = cleared(trailingBreaksText);
        StringBuilder whitespaces = cleared(whitespaceText);
        while (true) {
            cache(4);
            if (in.column() == 0 && (in.check('-') && in.checkAt('-', 1) && in.checkAt('-', 2)
                    || in.check('.') && in.checkAt('.', 1) && in.checkAt('.', 2)) && in.isBlankOrEnd(3)) {
                throw error("found unexpected document indicator");
            }
            if (in.isZ(0)) {
                throw error("found unexpected end of stream");
            }
            cache(2);
            boolean leadingBlanks = false;
            while (!in.isBlankOrEnd()) {
                if (single && in.check('\'') && in.checkAt('\'', 1)) {
                    text.append('\'');
                    in.skip();
                    in.skip();
                } else if (in.check(single ? '\'' : '"')) {
                    break;
                } else if (!single && in.check('\\') && in.isBreak(1)) {
                    cache(3);
                    in.skip();
                    in.skipLine();
                    leadingBlanks = true;
                    break;
                } else if (!single && in.check('\\')) {
                    scanEscape(text);
                } else {
                    in.read(text);
                }
                cache(2);
            }
            cache(1);
            if (in.check(single ? '\'' : '"')) {
                break;
            }
            cache(1);
            while (in.isBlank() || in.isBreak()) {
                if (in.isBlank()) {
                    if (!leadingBlanks) {
                        in.read(whitespaces);
                    } else {
                        in.skip();
                    }
                } else {
                    cache(2);
                    if (!leadingBlanks) {
                        whitespaces.setLength(0);
                        in.readLine(leadingBreak);
                        leadingBlanks = true;
                    } else {
                        in.readLine(trailingBreaks);
                    }
                }
                cache(1);
            }
            foldInto(text, leadingBlanks, leadingBreak, trailingBreaks, whitespaces);
        }
        in.skip();
        return new Token(Type.SCALAR, start, in.mark(), text.toString(), null,
                single ? Style.SINGLE_QUOTED : Style.DOUBLE_QUOTED, 0, 0);
    }

    /** Joins the blanks and breaks between two chunks of a multi-line scalar (line folding). */
    private static void foldInto(StringBuilder text, boolean leadingBlanks, StringBuilder leadingBreak,
                                 StringBuilder trailingBreaks, StringBuilder whitespaces) {
        if (leadingBlanks) {
            if (startsWithNewline(leadingBreak)) {
                if (trailingBreaks.length() == 0) {
                    text.append(' ');
                } else {
                    text.append(trailingBreaks);
                    trailingBreaks.setLength(0);
                }
                leadingBreak.setLength(0);
            } else {
                text.append(leadingBreak).append(trailingBreaks);
                leadingBreak.setLength(0);
                trailingBreaks.setLength(0);
            }
        } else {
            text.append(whitespaces);
            whitespaces.setLength(0);
        }
    }

    private void scanEscape(StringBuilder text) throws ScanError {
        int codeLength = 0;
        switch (in.peek(1)) {
            case '0' -> text.append('\0');
            case 'a' -> text.append('\u0007');
            case 'b' -> text.append('\b');
            case 't', '\t' -> text.append('\t');
            case 'n' -> text.append('\n');
            case 'v' -> text.append('\u000B');
            case 'f' -> text.append('\f');
            case 'r' -> text.append('\r');
            case 'e' -> text.append('\u001B');
            case ' ' -> text.append(' ');
            case '"' -> text.append('"');
            case '/' -> text.append('/');
            case '\\' -> text.append('\\');
            case 'N' -> text.append('\u0085');
            case '_' -> text.append('\u00A0');
            case 'L' -> text.append('\u2028');
            case 'P' -> text.append('\u2029');
            case 'x' -> codeLength = 2;
            case 'u' -> codeLength = 4;
            case 'U' -> codeLength = 8;
            default -> throw error("found unknown escape character");
        }
        in.skip();
        in.skip();
        if (codeLength == 0) {
            return;
        }
        cache(codeLength);
        long value = 0;
        for (int k = 0; k < codeLength; k++) {
            if (!in.isHex(k)) {
                throw error("did not find expected hexdecimal number");
            }
            value = (value << 4) + in.hexValue(k);
        }
        if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
            throw error("found invalid Unicode character escape code");
        }
        text.appendCodePoint((int) value);
        for (int k = 0; k < codeLength; k++) {
            in.skip();
        }
    }

    private Token scanPlainScalar() throws ScanError {
        StringBuilder text = cleared(scalarText);
        StringBuilder leadingBreak = cleared(leadingBreakText);
        StringBuilder trailingBreaks = cleared(trailingBreaksText);
        StringBuilder whitespaces = cleared(whitespaceText);
        boolean leadingBlanks = false;
        int minIndent = indent + 1;
        Mark start = in.mark();
        Mark end = start;
        while (true) {
            cache(4);
            if (in.column() == 0 && (in.check('-') && in.checkAt('-', 1) && in.checkAt('-', 2)
                    || in.check('.') && in.checkAt('.', 1) && in.checkAt('.', 2)) && in.isBlankOrEnd(3)) {
                break;
            }
            if (in.check('#')) {
                break;
            }
            boolean read = false;
            while (!in.isBlankOrEnd()) {
                if (flowLevel > 0 && in.check(':') && ",?[]{}".indexOf(in.peek(1)) >= 0 && in.peek(1) != 0) {
                    throw error("found unexpected ':'");
                }
                if ((in.check(':') && in.isBlankOrEnd(1))
                        || (flowLevel > 0 && ",[]{}".indexOf(in.peek()) >= 0)) {
                    break;
                }
                if (leadingBlanks || whitespaces.length() > 0) {
                    if (leadingBlanks) {
                        foldInto(text, true, leadingBreak, trailingBreaks, whitespaces);
                        leadingBlanks = false;
                    } else {
                        text.append(whitespaces);
                        whitespaces.setLength(0);
                    }
                }
                in.read(text);
                read = true;
                cache(2);
            }
            if (read) {
                // The mark after the last character read; taken once, not per character.
                end = in.mark();
            }
            if (!(in.isBlank() || in.isBreak())) {
                break;
            }
            cache(1);
            while (in.isBlank() || in.isBreak()) {
                if (in.isBlank()) {
                    if (leadingBlanks && in.column() < minIndent && in.isTab()) {
                        throw error("found a tab character that violates indentation");
                    } else if (!leadingBlanks) {
                        in.read(whitespaces);
                    } else {
                        in.skip();
                    }
                } else {
                    cache(2);
                    if (!leadingBlanks) {
                        whitespaces.setLength(0);
                        in.readLine(leadingBreak);
                        leadingBlanks = true;
                    } else {
                        in.readLine(trailingBreaks);
                    }
                }
                cache(1);
            }
            if (flowLevel == 0 && in.column() < minIndent) {
                break;
            }
        }
        if (leadingBlanks) {
            simpleKeyAllowed = true;
        }
        return new Token(Type.SCALAR, start, end, text.toString(), null, Style.PLAIN, 0, 0);
    }
}
