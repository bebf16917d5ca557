package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.SerdeYaml;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a test file as strict JSON, with the error messages (and their line/column positions) of the
 * reference's JSON reader, since that is the message it reports for a test file that is neither valid
 * YAML nor valid JSON. Not thread-safe; one instance per read.
 */
final class JsonSpecReader {

    private final byte[] input;
    private int index;

    private JsonSpecReader(String text) {
        this.input = text.getBytes(StandardCharsets.UTF_8);
    }

    private static final class JsonError extends Exception {
        private static final long serialVersionUID = 1L;

        JsonError(String message) {
            super(message, null, false, false);
        }
    }

    static List<TestSpec> read(String text) throws TestSpecReader.SpecFormatException {
        JsonSpecReader reader = new JsonSpecReader(text);
        try {
            List<TestSpec> specs = reader.specList();
            reader.end();
            return specs;
        } catch (JsonError e) {
            throw new TestSpecReader.SpecFormatException(e.getMessage());
        }
    }

    // ---- positions ----

    private String at(int position) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < input.length; i++) {
            if (input[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return " at line " + line + " column " + (position - lineStart);
    }

    /** An error positioned after the last consumed byte. */
    private JsonError error(String message) {
        return new JsonError(message + at(index));
    }

    /** An error positioned at the next (peeked) byte. */
    private JsonError peekError(String message) {
        return new JsonError(message + at(Math.min(input.length, index + 1)));
    }

    private int peek() {
        return index < input.length ? input[index] & 0xFF : -1;
    }

    private int next() {
        return index < input.length ? input[index++] & 0xFF : -1;
    }

    private int whitespace() {
        while (index < input.length) {
            int c = input[index];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                index++;
            } else {
                return c & 0xFF;
            }
        }
        return -1;
    }

    private void end() throws JsonError {
        if (whitespace() != -1) {
            throw peekError("trailing characters");
        }
    }

    // ---- typed reading: Vec<TestSpec> ----

    private List<TestSpec> specList() throws JsonError {
        int peek = whitespace();
        if (peek == -1) {
            throw peekError("EOF while parsing a value");
        }
        if (peek != '[') {
            throw invalidType("a sequence");
        }
        index++;
        List<TestSpec> specs = new ArrayList<>();
        boolean first = true;
        while (hasNextElement(first)) {
            first = false;
            specs.add(spec());
        }
        endSequence();
        return specs;
    }

    private boolean hasNextElement(boolean first) throws JsonError {
        int peek = whitespace();
        if (peek == ']') {
            return false;
        }
        if (peek == ',' && !first) {
            index++;
            peek = whitespace();
        } else if (peek == -1) {
            throw peekError("EOF while parsing a list");
        } else if (!first) {
            throw peekError("expected `,` or `]`");
        }
        if (peek == ']') {
            throw peekError("trailing comma");
        }
        if (peek == -1) {
            throw peekError("EOF while parsing a value");
        }
        return true;
    }

    private void endSequence() throws JsonError {
        int peek = whitespace();
        if (peek == ']') {
            index++;
        } else if (peek == ',') {
            index++;
            if (whitespace() == ']') {
                throw peekError("trailing comma");
            }
            throw peekError("trailing characters");
        } else if (peek == -1) {
            throw peekError("EOF while parsing a list");
        } else {
            throw peekError("trailing characters");
        }
    }

    private boolean hasNextKey(boolean first) throws JsonError {
        int peek = whitespace();
        if (peek == '}') {
            return false;
        }
        if (peek == ',' && !first) {
            index++;
            peek = whitespace();
        } else if (peek == -1) {
            throw peekError("EOF while parsing an object");
        } else if (!first) {
            throw peekError("expected `,` or `}`");
        }
        if (peek == '"') {
            return true;
        }
        if (peek == '}') {
            throw peekError("trailing comma");
        }
        if (peek == -1) {
            throw peekError("EOF while parsing a value");
        }
        throw peekError("key must be a string");
    }

    private void colon() throws JsonError {
        int peek = whitespace();
        if (peek == ':') {
            index++;
        } else if (peek == -1) {
            throw peekError("EOF while parsing an object");
        } else {
            throw peekError("expected `:`");
        }
    }

    /**
     * An error found while reading an object's entries; the reference positions it after trying to
     * close the object (whitespace and a closing brace are consumed first).
     */
    private JsonError objectError(String message) {
        whitespace();
        if (peek() == '}') {
            index++;
        }
        return error(message);
    }

    private void endObject() throws JsonError {
        int peek = whitespace();
        if (peek == '}') {
            index++;
        } else if (peek == ',') {
            throw peekError("trailing comma");
        } else if (peek == -1) {
            throw peekError("EOF while parsing an object");
        } else {
            throw peekError("trailing characters");
        }
    }

    private TestSpec spec() throws JsonError {
        int peek = whitespace();
        if (peek != '{') {
            throw invalidType("struct TestSpec");
        }
        index++;
        String name = null;
        boolean hasName = false;
        SerdeYaml.Node input = null;
        Map<String, String> expectations = null;
        boolean first = true;
        while (hasNextKey(first)) {
            first = false;
            index++;
            String key = string();
            switch (key) {
                case "name" -> {
                    if (hasName) {
                        throw objectError("duplicate field `name`");
                    }
                    colon();
                    hasName = true;
                    name = optionalString();
                }
                case "input" -> {
                    if (input != null) {
                        throw objectError("duplicate field `input`");
                    }
                    colon();
                    input = anyValue();
                }
                case "expectations" -> {
                    if (expectations != null) {
                        throw objectError("duplicate field `expectations`");
                    }
                    colon();
                    expectations = expectations();
                }
                default -> {
                    colon();
                    anyValue();
                }
            }
        }
        if (input == null) {
            throw objectError("missing field `input`");
        }
        if (expectations == null) {
            throw objectError("missing field `expectations`");
        }
        endObject();
        return new TestSpec(name, input, expectations);
    }

    private String optionalString() throws JsonError {
        int peek = whitespace();
        if (peek == 'n') {
            index++;
            ident("ull");
            return null;
        }
        return requiredString();
    }

    private String requiredString() throws JsonError {
        int peek = whitespace();
        if (peek == -1) {
            throw peekError("EOF while parsing a value");
        }
        if (peek != '"') {
            throw invalidType("a string");
        }
        index++;
        return string();
    }

    private Map<String, String> expectations() throws JsonError {
        int peek = whitespace();
        if (peek != '{') {
            throw invalidType("struct TestExpectations");
        }
        index++;
        Map<String, String> rules = null;
        boolean first = true;
        while (hasNextKey(first)) {
            first = false;
            index++;
            String key = string();
            if (key.equals("rules")) {
                if (rules != null) {
                    throw objectError("duplicate field `rules`");
                }
                colon();
                rules = ruleMap();
            } else {
                colon();
                anyValue();
            }
        }
        if (rules == null) {
            throw objectError("missing field `rules`");
        }
        endObject();
        return rules;
    }

    private Map<String, String> ruleMap() throws JsonError {
        int peek = whitespace();
        if (peek != '{') {
            throw invalidType("a map");
        }
        index++;
        Map<String, String> rules = new LinkedHashMap<>();
        boolean first = true;
        while (hasNextKey(first)) {
            first = false;
            index++;
            String key = string();
            colon();
            rules.put(key, requiredString());
        }
        endObject();
        return rules;
    }

    // ---- untyped values ----

    private SerdeYaml.Node anyValue() throws JsonError {
        int peek = whitespace();
        switch (peek) {
            case -1 -> throw peekError("EOF while parsing a value");
            case 'n' -> {
                index++;
                ident("ull");
                return new SerdeYaml.Scalar(null, "null");
            }
            case 't' -> {
                index++;
                ident("rue");
                return new SerdeYaml.Scalar(Boolean.TRUE, "true");
            }
            case 'f' -> {
                index++;
                ident("alse");
                return new SerdeYaml.Scalar(Boolean.FALSE, "false");
            }
            case '"' -> {
                index++;
                String text = string();
                return new SerdeYaml.Scalar(text, text);
            }
            case '[' -> {
                index++;
                List<SerdeYaml.Node> elements = new ArrayList<>();
                boolean first = true;
                while (hasNextElement(first)) {
                    first = false;
                    elements.add(anyValue());
                }
                endSequence();
                return new SerdeYaml.Sequence(List.copyOf(elements));
            }
            case '{' -> {
                index++;
                List<Map.Entry<SerdeYaml.Node, SerdeYaml.Node>> entries = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                boolean first = true;
                while (hasNextKey(first)) {
                    first = false;
                    index++;
                    String key = string();
                    if (!keys.add(key)) {
                        throw objectError("duplicate entry with key \"" + key + "\"");
                    }
                    colon();
                    SerdeYaml.Node value = anyValue();
                    entries.add(Map.entry(new SerdeYaml.Scalar(key, key), value));
                }
                endObject();
                return new SerdeYaml.Mapping(List.copyOf(entries));
            }
            default -> {
                if (peek == '-' || (peek >= '0' && peek <= '9')) {
                    return number();
                }
                throw peekError("expected value");
            }
        }
    }

    private void ident(String rest) throws JsonError {
        for (int i = 0; i < rest.length(); i++) {
            int c = next();
            if (c == -1) {
                throw error("EOF while parsing a value");
            }
            if (c != rest.charAt(i)) {
                throw error("expected ident");
            }
        }
    }

    /** Reads a string whose opening quote was consumed. */
    private String string() throws JsonError {
        StringBuilder out = new StringBuilder();
        int start = index;
        while (true) {
            int c = next();
            if (c == -1) {
                throw error("EOF while parsing a string");
            }
            if (c == '"') {
                out.append(new String(input, start, index - 1 - start, StandardCharsets.UTF_8));
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character (\\u0000-\\u001F) found while parsing a string");
            }
            if (c == '\\') {
                out.append(new String(input, start, index - 1 - start, StandardCharsets.UTF_8));
                escape(out);
                start = index;
            }
        }
    }

    private void escape(StringBuilder out) throws JsonError {
        int c = next();
        switch (c) {
            case -1 -> throw error("EOF while parsing a string");
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int unit = hex4();
                out.append((char) unit);
            }
            default -> throw error("invalid escape");
        }
    }

    private int hex4() throws JsonError {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int c = next();
            if (c == -1) {
                throw error("EOF while parsing a string");
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                throw error("invalid escape");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private SerdeYaml.Node number() throws JsonError {
        int start = index;
        boolean negative = peek() == '-';
        if (negative) {
            index++;
        }
        int c = next();
        if (c == -1) {
            throw error("EOF while parsing a value");
        }
        if (c == '0') {
            int after = peek();
            if (after >= '0' && after <= '9') {
                throw peekError("invalid number");
            }
        } else if (c >= '1' && c <= '9') {
            while (peek() >= '0' && peek() <= '9') {
                index++;
            }
        } else {
            throw error("invalid number");
        }
        boolean isFloat = false;
        if (peek() == '.') {
            isFloat = true;
            index++;
            int digit = next();
            if (digit == -1) {
                throw error("EOF while parsing a value");
            }
            if (digit < '0' || digit > '9') {
                throw error("invalid number");
            }
            while (peek() >= '0' && peek() <= '9') {
                index++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            isFloat = true;
            index++;
            if (peek() == '+' || peek() == '-') {
                index++;
            }
            int digit = next();
            if (digit == -1) {
                throw error("EOF while parsing a value");
            }
            if (digit < '0' || digit > '9') {
                throw error("invalid number");
            }
            while (peek() >= '0' && peek() <= '9') {
                index++;
            }
        }
        String text = new String(input, start, index - start, StandardCharsets.US_ASCII);
        if (!isFloat) {
            BigInteger integer = new BigInteger(text);
            if (integer.bitLength() <= 63 || (!negative && integer.bitLength() <= 64)) {
                return new SerdeYaml.Scalar(integer.longValue(), text);
            }
        }
        double value = new BigDecimal(text).doubleValue();
        if (Double.isInfinite(value)) {
            throw error("number out of range");
        }
        return new SerdeYaml.Scalar(value, text);
    }

    /** "invalid type: X, expected Y", X described from the value at hand. */
    private JsonError invalidType(String expected) throws JsonError {
        int peek = peek();
        String unexpected;
        switch (peek) {
            case 'n' -> {
                index++;
                ident("ull");
                unexpected = "null";
            }
            case 't' -> {
                index++;
                ident("rue");
                unexpected = "boolean `true`";
            }
            case 'f' -> {
                index++;
                ident("alse");
                unexpected = "boolean `false`";
            }
            case '"' -> {
                index++;
                unexpected = "string \"" + string() + "\"";
            }
            case '[' -> unexpected = "sequence";
            case '{' -> unexpected = "map";
            default -> {
                if (peek == '-' || (peek >= '0' && peek <= '9')) {
                    SerdeYaml.Scalar number = (SerdeYaml.Scalar) number();
                    unexpected = number.value() instanceof Long l
                            ? (l < 0 ? "integer `" + l + "`" : "integer `" + Long.toUnsignedString(l) + "`")
                            : "floating point `" + number.text() + "`";
                } else {
                    throw peekError("expected value");
                }
            }
        }
        return error("invalid type: " + unexpected + ", expected " + expected);
    }
}
