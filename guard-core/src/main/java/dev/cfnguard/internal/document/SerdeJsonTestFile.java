package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.FloatFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a test file the way the reference's second attempt does (serde_json 1.0.93 deserialising a
 * list of test specifications), including its exact error text: the kind of problem and its
 * 1-based line and byte column ({@code expected value at line 1 column 1}). The reference prints this
 * text whenever a test file is neither YAML nor JSON of the right shape, so it matters even for YAML
 * files. Not thread-safe; one instance per read.
 */
final class SerdeJsonTestFile {

    private static final int RECURSION_LIMIT = 128;
    private static final double[] POW10 = new double[309];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + i);
        }
    }

    /** A serde_json error; {@code line == 0} until a position is attached, as in serde_json. */
    static final class JsonError extends Exception {
        final String text;
        final int line;
        final int column;

        JsonError(String text, int line, int column) {
            super(null, null, false, false);
            this.text = text;
            this.line = line;
            this.column = column;
        }

        @Override
        public String getMessage() {
            return line == 0 ? text : text + " at line " + line + " column " + column;
        }
    }

    private final byte[] input;
    private int index;
    private int depthLeft = RECURSION_LIMIT;

    private SerdeJsonTestFile(String text) {
        this.input = text.getBytes(StandardCharsets.UTF_8);
    }

    /** @throws JsonError with serde_json's message when the text is not a JSON list of test specs */
    static List<TestCase> read(String text) throws JsonError {
        SerdeJsonTestFile reader = new SerdeJsonTestFile(text);
        List<TestCase> specs = reader.specs();
        if (reader.whitespace() >= 0) {
            throw reader.peekError("trailing characters");
        }
        return specs;
    }

    // --- positions and errors ----------------------------------------------------------------------

    private JsonError errorAt(String text, int at) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < at; i++) {
            if (input[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new JsonError(text, line, column);
    }

    /** An error about the byte just consumed. */
    private JsonError error(String text) {
        return errorAt(text, index);
    }

    /** An error about the byte about to be consumed. */
    private JsonError peekError(String text) {
        return errorAt(text, Math.min(input.length, index + 1));
    }

    private JsonError fix(JsonError error) {
        return error.line == 0 ? error(error.text) : error;
    }

    private static JsonError custom(String text) {
        return new JsonError(text, 0, 0);
    }

    private static JsonError invalidType(String unexpected, String expected) {
        return custom("invalid type: " + unexpected + ", expected " + expected);
    }

    private int peek() {
        return index < input.length ? input[index] & 0xFF : -1;
    }

    private int peekOrNull() {
        return index < input.length ? input[index] & 0xFF : 0;
    }

    private int nextByte() {
        return index < input.length ? input[index++] & 0xFF : -1;
    }

    /** Skips blanks; the next byte, not consumed, or -1 at the end. */
    private int whitespace() {
        while (index < input.length) {
            byte b = input[index];
            if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
                return b & 0xFF;
            }
            index++;
        }
        return -1;
    }

    private void enter() throws JsonError {
        if (--depthLeft == 0) {
            throw peekError("recursion limit exceeded");
        }
    }

    private void leave() {
        depthLeft++;
    }

    // --- the test-file shape -----------------------------------------------------------------------

    private interface Element<T> {
        T read() throws JsonError;
    }

    private List<TestCase> specs() throws JsonError {
        int peek = whitespace();
        if (peek < 0) {
            throw peekError("EOF while parsing a value");
        }
        if (peek != '[') {
            throw fix(peekInvalidType("a sequence"));
        }
        List<TestCase> specs = new ArrayList<>();
        enter();
        index++;
        JsonError failure = null;
        try {
            readElements(this::spec, specs);
        } catch (JsonError e) {
            failure = e;
        }
        leave();
        failure = endSeq(failure);
        if (failure != null) {
            throw fix(failure);
        }
        return specs;
    }

    /** Reads list elements up to (not including) the closing bracket. */
    private <T> void readElements(Element<T> element, List<T> into) throws JsonError {
        boolean first = true;
        while (true) {
            int peek = whitespace();
            if (peek == ']') {
                return;
            }
            if (peek == ',' && !first) {
                index++;
                peek = whitespace();
            } else if (peek < 0) {
                throw peekError("EOF while parsing a list");
            } else if (!first) {
                throw peekError("expected `,` or `]`");
            }
            first = false;
            if (peek == ']') {
                throw peekError("trailing comma");
            }
            if (peek < 0) {
                throw peekError("EOF while parsing a value");
            }
            into.add(element.read());
        }
    }

    /** The next key of an object, or null at its end; the colon is left for {@link #colon()}. */
    private String nextKey(boolean[] first) throws JsonError {
        int peek = whitespace();
        if (peek == '}') {
            return null;
        }
        if (peek == ',' && !first[0]) {
            index++;
            peek = whitespace();
        } else if (peek < 0) {
            throw peekError("EOF while parsing an object");
        } else if (!first[0]) {
            throw peekError("expected `,` or `}`");
        }
        first[0] = false;
        if (peek == '"') {
            index++;
            return string();
        }
        if (peek == '}') {
            throw peekError("trailing comma");
        }
        if (peek < 0) {
            throw peekError("EOF while parsing a value");
        }
        throw peekError("key must be a string");
    }

    private void colon() throws JsonError {
        int peek = whitespace();
        if (peek == ':') {
            index++;
        } else if (peek < 0) {
            throw peekError("EOF while parsing an object");
        } else {
            throw peekError("expected `:`");
        }
    }

    /** After a list's contents: the reference keeps the first error, but still tries to close. */
    private JsonError endSeq(JsonError earlier) {
        JsonError error = null;
        int peek = whitespace();
        if (peek == ']') {
            index++;
        } else if (peek == ',') {
            index++;
            error = whitespace() == ']' ? peekError("trailing comma") : peekError("trailing characters");
        } else if (peek < 0) {
            error = peekError("EOF while parsing a list");
        } else {
            error = peekError("trailing characters");
        }
        return earlier != null ? earlier : error;
    }

    private JsonError endMap(JsonError earlier) {
        JsonError error = null;
        int peek = whitespace();
        if (peek == '}') {
            index++;
        } else if (peek == ',') {
            error = peekError("trailing comma");
        } else if (peek < 0) {
            error = peekError("EOF while parsing an object");
        } else {
            error = peekError("trailing characters");
        }
        return earlier != null ? earlier : error;
    }

    /** A struct from an object (fields by name) or from an array (fields in order). */
    private <T> T struct(String expected, StructReader<T> reader) throws JsonError {
        int peek = whitespace();
        if (peek < 0) {
            throw peekError("EOF while parsing a value");
        }
        if (peek != '[' && peek != '{') {
            throw fix(peekInvalidType(expected));
        }
        boolean isMap = peek == '{';
        enter();
        index++;
        T result = null;
        JsonError failure = null;
        try {
            result = isMap ? reader.fromMap() : reader.fromSeq();
        } catch (JsonError e) {
            failure = e;
        }
        leave();
        failure = isMap ? endMap(failure) : endSeq(failure);
        if (failure != null) {
            throw fix(failure);
        }
        return result;
    }

    private interface StructReader<T> {
        T fromMap() throws JsonError;

        T fromSeq() throws JsonError;
    }

    private TestCase spec() throws JsonError {
        return struct("struct TestSpec", new StructReader<>() {
            @Override
            public TestCase fromMap() throws JsonError {
                boolean[] first = {true};
                boolean named = false;
                String name = null;
                SerdeValue input = null;
                Map<String, String> rules = null;
                String key;
                while ((key = nextKey(first)) != null) {
                    switch (key) {
                        case "name" -> {
                            if (named) {
                                throw custom("duplicate field `name`");
                            }
                            colon();
                            name = optionalString();
                            named = true;
                        }
                        case "input" -> {
                            if (input != null) {
                                throw custom("duplicate field `input`");
                            }
                            colon();
                            input = any();
                        }
                        case "expectations" -> {
                            if (rules != null) {
                                throw custom("duplicate field `expectations`");
                            }
                            colon();
                            rules = expectations();
                        }
                        default -> {
                            colon();
                            ignoreValue();
                        }
                    }
                }
                if (input == null) {
                    throw custom("missing field `input`");
                }
                if (rules == null) {
                    throw custom("missing field `expectations`");
                }
                return new TestCase(name, input, rules);
            }

            @Override
            public TestCase fromSeq() throws JsonError {
                String expected = "struct TestSpec with 3 elements";
                List<Object> fields = new ArrayList<>();
                Element<Object> nextField = () -> switch (fields.size()) {
                    case 0 -> new Object[] {optionalString()};
                    case 1 -> any();
                    default -> expectations();
                };
                readUpTo(3, nextField, fields, expected);
                Object[] name = (Object[]) fields.get(0);
                @SuppressWarnings("unchecked")
                Map<String, String> rules = (Map<String, String>) fields.get(2);
                return new TestCase((String) name[0], (SerdeValue) fields.get(1), rules);
            }
        });
    }

    /** Reads exactly {@code count} leading elements of a list, as serde's derived visit_seq does. */
    private void readUpTo(int count, Element<Object> element, List<Object> into, String expected)
            throws JsonError {
        boolean first = true;
        while (into.size() < count) {
            int peek = whitespace();
            if (peek == ']') {
                throw custom("invalid length " + into.size() + ", expected " + expected);
            }
            if (peek == ',' && !first) {
                index++;
                peek = whitespace();
            } else if (peek < 0) {
                throw peekError("EOF while parsing a list");
            } else if (!first) {
                throw peekError("expected `,` or `]`");
            }
            first = false;
            if (peek == ']') {
                throw peekError("trailing comma");
            }
            if (peek < 0) {
                throw peekError("EOF while parsing a value");
            }
            into.add(element.read());
        }
    }

    private Map<String, String> expectations() throws JsonError {
        return struct("struct TestExpectations", new StructReader<>() {
            @Override
            public Map<String, String> fromMap() throws JsonError {
                boolean[] first = {true};
                Map<String, String> rules = null;
                String key;
                while ((key = nextKey(first)) != null) {
                    if (key.equals("rules")) {
                        if (rules != null) {
                            throw custom("duplicate field `rules`");
                        }
                        colon();
                        rules = stringMap();
                    } else {
                        colon();
                        ignoreValue();
                    }
                }
                if (rules == null) {
                    throw custom("missing field `rules`");
                }
                return rules;
            }

            @Override
            public Map<String, String> fromSeq() throws JsonError {
                List<Object> fields = new ArrayList<>();
                readUpTo(1, () -> stringMap(), fields, "struct TestExpectations with 1 element");
                @SuppressWarnings("unchecked")
                Map<String, String> rules = (Map<String, String>) fields.get(0);
                return rules;
            }
        });
    }

    private Map<String, String> stringMap() throws JsonError {
        int peek = whitespace();
        if (peek < 0) {
            throw peekError("EOF while parsing a value");
        }
        if (peek != '{') {
            throw fix(peekInvalidType("a map"));
        }
        enter();
        index++;
        Map<String, String> map = new LinkedHashMap<>();
        JsonError failure = null;
        try {
            boolean[] first = {true};
            String key;
            while ((key = nextKey(first)) != null) {
                colon();
                map.put(key, requiredString());
            }
        } catch (JsonError e) {
            failure = e;
        }
        leave();
        failure = endMap(failure);
        if (failure != null) {
            throw fix(failure);
        }
        return map;
    }

    private String optionalString() throws JsonError {
        if (whitespace() == 'n') {
            index++;
            ident("ull");
            return null;
        }
        return requiredString();
    }

    private String requiredString() throws JsonError {
        int peek = whitespace();
        if (peek < 0) {
            throw peekError("EOF while parsing a value");
        }
        if (peek != '"') {
            throw fix(peekInvalidType("a string"));
        }
        index++;
        try {
            return string();
        } catch (JsonError e) {
            throw fix(e);
        }
    }

    // --- any value -------------------------------------------------------------------------------

    private SerdeValue any() throws JsonError {
        int peek = whitespace();
        if (peek < 0) {
            throw peekError("EOF while parsing a value");
        }
        JsonError failure = null;
        SerdeValue value = null;
        switch (peek) {
            case 'n' -> {
                index++;
                ident("ull");
                return new SerdeValue.Null();
            }
            case 't' -> {
                index++;
                ident("rue");
                return new SerdeValue.Bool(true);
            }
            case 'f' -> {
                index++;
                ident("alse");
                return new SerdeValue.Bool(false);
            }
            case '"' -> {
                index++;
                return new SerdeValue.Str(string());
            }
            case '[' -> {
                enter();
                index++;
                List<SerdeValue> elements = new ArrayList<>();
                try {
                    readElements(this::any, elements);
                } catch (JsonError e) {
                    failure = e;
                }
                leave();
                failure = endSeq(failure);
                value = new SerdeValue.Seq(elements);
            }
            case '{' -> {
                enter();
                index++;
                List<SerdeValue.Entry> entries = new ArrayList<>();
                try {
                    readEntries(entries);
                } catch (JsonError e) {
                    failure = e;
                }
                leave();
                failure = endMap(failure);
                value = new SerdeValue.Mapping(entries);
            }
            default -> {
                if (peek == '-' || (peek >= '0' && peek <= '9')) {
                    if (peek == '-') {
                        index++;
                    }
                    return number(peek != '-').asValue();
                }
                throw peekError("expected value");
            }
        }
        if (failure != null) {
            throw fix(failure);
        }
        return value;
    }

    private void readEntries(List<SerdeValue.Entry> entries) throws JsonError {
        boolean[] first = {true};
        Set<String> seen = new HashSet<>();
        String key;
        while ((key = nextKey(first)) != null) {
            if (!seen.add(key)) {
                throw custom("duplicate entry with key " + RustDebug.quote(key));
            }
            colon();
            entries.add(new SerdeValue.Entry(new SerdeValue.Str(key), any()));
        }
    }

    /** serde_json's error for a value of the wrong kind, consuming a scalar to name it. */
    private JsonError peekInvalidType(String expected) {
        try {
            switch (peekOrNull()) {
                case 'n' -> {
                    index++;
                    ident("ull");
                    return custom("invalid type: null, expected " + expected);
                }
                case 't' -> {
                    index++;
                    ident("rue");
                    return invalidType("boolean `true`", expected);
                }
                case 'f' -> {
                    index++;
                    ident("alse");
                    return invalidType("boolean `false`", expected);
                }
                case '"' -> {
                    index++;
                    return invalidType("string " + RustDebug.quote(string()), expected);
                }
                case '[' -> {
                    return invalidType("sequence", expected);
                }
                case '{' -> {
                    return invalidType("map", expected);
                }
                default -> {
                    int peek = peekOrNull();
                    if (peek == '-') {
                        index++;
                        return invalidType(number(false).unexpected(), expected);
                    }
                    if (peek >= '0' && peek <= '9') {
                        return invalidType(number(true).unexpected(), expected);
                    }
                    return peekError("expected value");
                }
            }
        } catch (JsonError e) {
            return e;
        }
    }

    private void ident(String rest) throws JsonError {
        for (int i = 0; i < rest.length(); i++) {
            int next = nextByte();
            if (next < 0) {
                throw error("EOF while parsing a value");
            }
            if (next != rest.charAt(i)) {
                throw error("expected ident");
            }
        }
    }

    // --- numbers -----------------------------------------------------------------------------------

    /** serde_json's parsed number: u64, negative i64 or f64. */
    private record Number(long bits, char kind) {
        SerdeValue asValue() {
            return switch (kind) {
                case 'u' -> new SerdeValue.Int(bits, true);
                case 'i' -> new SerdeValue.Int(bits, false);
                default -> new SerdeValue.Float(Double.longBitsToDouble(bits));
            };
        }

        String unexpected() {
            return switch (kind) {
                case 'u' -> "integer `" + Long.toUnsignedString(bits) + "`";
                case 'i' -> "integer `" + bits + "`";
                default -> {
                    double value = Double.longBitsToDouble(bits);
                    String text = FloatFormat.display(value);
                    yield "floating point `" + (Double.isFinite(value) && text.indexOf('.') < 0 ? text + ".0" : text)
                            + "`";
                }
            };
        }

        static Number ofDouble(double value) {
            return new Number(Double.doubleToRawLongBits(value), 'f');
        }
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    /** Whether {@code significand * 10 + digit} would exceed u64. */
    private static boolean overflowsU64(long significand, int digit) {
        long limit = Long.divideUnsigned(-1L, 10);
        int lastDigit = (int) Long.remainderUnsigned(-1L, 10);
        int cmp = Long.compareUnsigned(significand, limit);
        return cmp > 0 || (cmp == 0 && digit > lastDigit);
    }

    private Number number(boolean positive) throws JsonError {
        int next = nextByte();
        if (next < 0) {
            throw error("EOF while parsing a value");
        }
        if (next == '0') {
            if (isDigit(peekOrNull())) {
                throw peekError("invalid number");
            }
            return afterInteger(positive, 0);
        }
        if (!isDigit(next)) {
            throw error("invalid number");
        }
        long significand = next - '0';
        while (isDigit(peekOrNull())) {
            int digit = peekOrNull() - '0';
            if (overflowsU64(significand, digit)) {
                return Number.ofDouble(longInteger(positive, significand));
            }
            index++;
            significand = significand * 10 + digit;
        }
        return afterInteger(positive, significand);
    }

    private Number afterInteger(boolean positive, long significand) throws JsonError {
        int peek = peekOrNull();
        if (peek == '.') {
            return Number.ofDouble(decimal(positive, significand, 0));
        }
        if (peek == 'e' || peek == 'E') {
            return Number.ofDouble(exponent(positive, significand, 0));
        }
        if (positive) {
            return new Number(significand, 'u');
        }
        long negated = -significand;
        if (negated >= 0) {
            // -0 and magnitudes beyond i64 become floats.
            return Number.ofDouble(-unsignedToDouble(significand));
        }
        return new Number(negated, 'i');
    }

    private double longInteger(boolean positive, long significand) throws JsonError {
        int exponent = 0;
        while (true) {
            int peek = peekOrNull();
            if (isDigit(peek)) {
                index++;
                exponent++;
            } else if (peek == '.') {
                return decimal(positive, significand, exponent);
            } else if (peek == 'e' || peek == 'E') {
                return exponent(positive, significand, exponent);
            } else {
                return fromParts(positive, significand, exponent);
            }
        }
    }

    private double decimal(boolean positive, long significand, int exponentBefore) throws JsonError {
        index++;
        int exponentAfter = 0;
        while (isDigit(peekOrNull())) {
            int digit = peekOrNull() - '0';
            if (overflowsU64(significand, digit)) {
                while (isDigit(peekOrNull())) {
                    index++;
                }
                int peek = peekOrNull();
                if (peek == 'e' || peek == 'E') {
                    return exponent(positive, significand, exponentBefore + exponentAfter);
                }
                return fromParts(positive, significand, exponentBefore + exponentAfter);
            }
            index++;
            significand = significand * 10 + digit;
            exponentAfter--;
        }
        if (exponentAfter == 0) {
            throw peek() >= 0 ? peekError("invalid number") : peekError("EOF while parsing a value");
        }
        int peek = peekOrNull();
        if (peek == 'e' || peek == 'E') {
            return exponent(positive, significand, exponentBefore + exponentAfter);
        }
        return fromParts(positive, significand, exponentBefore + exponentAfter);
    }

    private double exponent(boolean positive, long significand, int startingExponent) throws JsonError {
        index++;
        boolean positiveExponent = true;
        if (peekOrNull() == '+') {
            index++;
        } else if (peekOrNull() == '-') {
            index++;
            positiveExponent = false;
        }
        int next = nextByte();
        if (next < 0) {
            throw error("EOF while parsing a value");
        }
        if (!isDigit(next)) {
            throw error("invalid number");
        }
        int exponent = next - '0';
        while (isDigit(peekOrNull())) {
            index++;
            int digit = input[index - 1] - '0';
            if (exponent > Integer.MAX_VALUE / 10
                    || (exponent == Integer.MAX_VALUE / 10 && digit > Integer.MAX_VALUE % 10)) {
                if (significand != 0 && positiveExponent) {
                    throw error("number out of range");
                }
                while (isDigit(peekOrNull())) {
                    index++;
                }
                return positive ? 0.0 : -0.0;
            }
            exponent = exponent * 10 + digit;
        }
        long total = positiveExponent ? (long) startingExponent + exponent : (long) startingExponent - exponent;
        int saturated = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, total));
        return fromParts(positive, significand, saturated);
    }

    /** serde_json's (not correctly rounded) scaling of an integer significand by a power of ten. */
    private double fromParts(boolean positive, long significand, int exponent) throws JsonError {
        double value = unsignedToDouble(significand);
        while (true) {
            int magnitude = exponent == Integer.MIN_VALUE ? Integer.MIN_VALUE : Math.abs(exponent);
            if (magnitude >= 0 && magnitude < POW10.length) {
                if (exponent >= 0) {
                    value *= POW10[magnitude];
                    if (Double.isInfinite(value)) {
                        throw error("number out of range");
                    }
                } else {
                    value /= POW10[magnitude];
                }
                break;
            }
            if (value == 0.0) {
                break;
            }
            if (exponent >= 0) {
                throw error("number out of range");
            }
            value /= 1e308;
            exponent += 308;
        }
        return positive ? value : -value;
    }

    private static double unsignedToDouble(long value) {
        if (value >= 0) {
            return value;
        }
        // Halve (keeping the sticky bit) so the conversion rounds like a u64 to f64 cast.
        return ((value >>> 1) | (value & 1)) * 2.0;
    }

    // --- strings -----------------------------------------------------------------------------------

    /** A string body after its opening quote, through the closing quote. */
    private String string() throws JsonError {
        StringBuilder out = null;
        int start = index;
        while (true) {
            while (index < input.length && !isEscape(input[index])) {
                index++;
            }
            if (index == input.length) {
                throw error("EOF while parsing a string");
            }
            byte b = input[index];
            if (b == '"') {
                String tail = new String(input, start, index - start, StandardCharsets.UTF_8);
                index++;
                return out == null ? tail : out.append(tail).toString();
            }
            if (b == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(new String(input, start, index - start, StandardCharsets.UTF_8));
                index++;
                escape(out);
                start = index;
            } else {
                index++;
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
        }
    }

    private static boolean isEscape(byte b) {
        return b == '"' || b == '\\' || (b >= 0 && b < 0x20);
    }

    private void escape(StringBuilder out) throws JsonError {
        int ch = nextByte();
        if (ch < 0) {
            throw error("EOF while parsing a string");
        }
        switch (ch) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int first = hexEscape();
                if (first >= 0xDC00 && first <= 0xDFFF) {
                    throw error("lone leading surrogate in hex escape");
                }
                if (first >= 0xD800 && first <= 0xDBFF) {
                    for (char expected : new char[] {'\\', 'u'}) {
                        int peek = peek();
                        if (peek < 0) {
                            throw error("EOF while parsing a string");
                        }
                        index++;
                        if (peek != expected) {
                            throw error("unexpected end of hex escape");
                        }
                    }
                    int second = hexEscape();
                    if (second < 0xDC00 || second > 0xDFFF) {
                        throw error("lone leading surrogate in hex escape");
                    }
                    out.append((char) first).append((char) second);
                } else {
                    out.append((char) first);
                }
            }
            default -> throw error("invalid escape");
        }
    }

    private int hexEscape() throws JsonError {
        if (index + 4 > input.length) {
            index = input.length;
            throw error("EOF while parsing a string");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(input[index++], 16);
            if (digit < 0) {
                throw error("invalid escape");
            }
            value = (value << 4) + digit;
        }
        return value;
    }

    // --- skipping ----------------------------------------------------------------------------------

    /** serde_json's ignore_value: checks syntax without building anything (iteratively). */
    private void ignoreValue() throws JsonError {
        List<Integer> frames = new ArrayList<>();
        Integer enclosing = null;
        while (true) {
            int peek = whitespace();
            if (peek < 0) {
                throw peekError("EOF while parsing a value");
            }
            Integer frame = null;
            switch (peek) {
                case 'n' -> {
                    index++;
                    ident("ull");
                }
                case 't' -> {
                    index++;
                    ident("rue");
                }
                case 'f' -> {
                    index++;
                    ident("alse");
                }
                case '"' -> {
                    index++;
                    ignoreString();
                }
                case '[', '{' -> {
                    if (enclosing != null) {
                        frames.add(enclosing);
                        enclosing = null;
                    }
                    index++;
                    frame = peek;
                }
                default -> {
                    if (peek == '-') {
                        index++;
                        ignoreInteger();
                    } else if (isDigit(peek)) {
                        ignoreInteger();
                    } else {
                        throw peekError("expected value");
                    }
                }
            }
            boolean acceptComma;
            int current;
            if (frame != null) {
                acceptComma = false;
                current = frame;
            } else if (enclosing != null) {
                acceptComma = true;
                current = enclosing;
                enclosing = null;
            } else if (!frames.isEmpty()) {
                acceptComma = true;
                current = frames.remove(frames.size() - 1);
            } else {
                return;
            }
            while (true) {
                int next = whitespace();
                if (next == ',' && acceptComma) {
                    index++;
                    break;
                } else if ((next == ']' && current == '[') || (next == '}' && current == '{')) {
                    index++;
                    if (frames.isEmpty()) {
                        return;
                    }
                    current = frames.remove(frames.size() - 1);
                    acceptComma = true;
                } else if (next < 0) {
                    throw peekError(current == '[' ? "EOF while parsing a list" : "EOF while parsing an object");
                } else if (acceptComma) {
                    throw peekError(current == '[' ? "expected `,` or `]`" : "expected `,` or `}`");
                } else {
                    break;
                }
            }
            if (current == '{') {
                int next = whitespace();
                if (next == '"') {
                    index++;
                } else if (next < 0) {
                    throw peekError("EOF while parsing an object");
                } else {
                    throw peekError("key must be a string");
                }
                ignoreString();
                next = whitespace();
                if (next == ':') {
                    index++;
                } else if (next < 0) {
                    throw peekError("EOF while parsing an object");
                } else {
                    throw peekError("expected `:`");
                }
            }
            enclosing = current;
        }
    }

    private void ignoreString() throws JsonError {
        while (true) {
            while (index < input.length && !isEscape(input[index])) {
                index++;
            }
            if (index == input.length) {
                throw error("EOF while parsing a string");
            }
            byte b = input[index++];
            if (b == '"') {
                return;
            }
            if (b != '\\') {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
            int ch = nextByte();
            if (ch < 0) {
                throw error("EOF while parsing a string");
            }
            if (ch == 'u') {
                hexEscape();
            } else if ("\"\\/bfnrt".indexOf(ch) < 0) {
                throw error("invalid escape");
            }
        }
    }

    private void ignoreInteger() throws JsonError {
        int next = index < input.length ? input[index++] & 0xFF : 0;
        if (next == '0') {
            if (isDigit(peekOrNull())) {
                throw peekError("invalid number");
            }
        } else if (isDigit(next)) {
            while (isDigit(peekOrNull())) {
                index++;
            }
        } else {
            throw error("invalid number");
        }
        int peek = peekOrNull();
        if (peek == '.') {
            index++;
            boolean digits = false;
            while (isDigit(peekOrNull())) {
                index++;
                digits = true;
            }
            if (!digits) {
                throw peekError("invalid number");
            }
            peek = peekOrNull();
        }
        if (peek == 'e' || peek == 'E') {
            index++;
            if (peekOrNull() == '+' || peekOrNull() == '-') {
                index++;
            }
            int first = index < input.length ? input[index++] & 0xFF : 0;
            if (!isDigit(first)) {
                throw error("invalid number");
            }
            while (isDigit(peekOrNull())) {
                index++;
            }
        }
    }
}
