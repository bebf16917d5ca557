package dev.cfnguard.internal.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference's regex dialect, case by case: each row of {@code regex/dialect-cases.tsv} is a
 * pattern, an input and what the reference answers (matches somewhere, or rejects the pattern); each row
 * of {@code regex/replace-cases.tsv} a pattern, an input, a replacement and what {@code regex_replace}
 * returns. The answers come from the reference binary; {@code regex/README.md} says how.
 */
class RustDialectTest {

    static Stream<Arguments> cases() throws IOException {
        return rows("/regex/dialect-cases.tsv").stream()
                .map(row -> Arguments.of(row[0], JsonText.decode(row[1]), row[2]));
    }

    @ParameterizedTest(name = "/{0}/ on \"{1}\": {2}")
    @MethodSource("cases")
    void answersAsTheReference(String pattern, String input, String answer) {
        if (answer.equals("invalid")) {
            assertEquals(false, RustRegex.isValid(pattern), "the reference rejects the pattern");
            return;
        }
        assertTrue(RustRegex.isValid(pattern), "the reference accepts the pattern");
        assertEquals(Boolean.parseBoolean(answer), RustRegex.compile(pattern).find(input));
    }

    /** java.util.regex, which runs only some patterns, gives the same answers on all of them. */
    @ParameterizedTest(name = "/{0}/ on \"{1}\": {2}")
    @MethodSource("cases")
    void backtrackingEngineAnswersTheSame(String pattern, String input, String answer) {
        if (!answer.equals("invalid")) {
            assertEquals(Boolean.parseBoolean(answer), RustRegex.compileForBacktracking(pattern).find(input));
        }
    }

    /**
     * Captures differ in one known place: java.util.regex lets a repeated group's last iteration match
     * the empty string, and reports that, where Rust stops before it. Only patterns that need
     * backtracking meet it.
     */
    @ParameterizedTest(name = "/{0}/ on \"{1}\" with \"{2}\": \"{3}\"")
    @MethodSource("replacements")
    void backtrackingEngineReplacesTheSame(String pattern, String input, String replacement, String result) {
        if (pattern.equals("(a?)*")) {
            assertEquals("[]", RustRegex.compileForBacktracking(pattern).expandEachMatch(input, replacement));
            return;
        }
        assertEquals(result, RustRegex.compileForBacktracking(pattern).expandEachMatch(input, replacement));
    }

    static Stream<Arguments> replacements() throws IOException {
        return rows("/regex/replace-cases.tsv").stream()
                .map(row -> Arguments.of(row[0], JsonText.decode(row[1]), row[2], JsonText.decode(row[3])));
    }

    @ParameterizedTest(name = "/{0}/ on \"{1}\" with \"{2}\": \"{3}\"")
    @MethodSource("replacements")
    void replacesAsTheReference(String pattern, String input, String replacement, String result) {
        assertEquals(result, RustRegex.compile(pattern).expandEachMatch(input, replacement));
    }

    /** The tab-separated rows of a resource, without comment lines. */
    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = RustDialectTest.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }

    /** The escapes of a JSON string body, which the case files use to write any character. */
    static final class JsonText {
        private JsonText() {}

        static String decode(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(++i);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(escaped);
                }
            }
            return out.toString();
        }
    }
}
