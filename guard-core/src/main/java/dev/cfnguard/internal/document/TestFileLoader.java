package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.DocumentException.Kind;

import java.util.List;

/**
 * Loads a {@code cfn-guard test} specification file: a YAML list (or, failing that, a JSON list) of
 * test cases with {@code name}, {@code input} and {@code expectations.rules}. It mirrors the reference,
 * which reads test files with different YAML rules than data files (YAML 1.2 scalars, aliases allowed,
 * any short-form tag rewritten on any node, no locations) and, when YAML fails, reports the JSON
 * parser's complaint. Immutable and thread-safe.
 */
public final class TestFileLoader {

    private final LoadLimits limits;

    public TestFileLoader(LoadLimits limits) {
        this.limits = limits;
    }

    public static TestFileLoader withDefaultLimits() {
        return new TestFileLoader(LoadLimits.DEFAULT);
    }

    /**
     * Reads a test file (an empty or comment-only file is an empty list, as in the reference).
     *
     * @param sourceName the file as the reference names it in errors (the path as given on the command line)
     * @throws DocumentException of kind {@link Kind#TEST_FILE} whose message is the JSON parser's text
     *         the reference prints after "Unable to process data in file FILE, Error " (for example
     *         {@code expected value at line 1 column 1}); or of kind {@link Kind#LIMIT}
     */
    public List<TestCase> load(String text, String sourceName) throws DocumentException {
        if (text.length() > limits.maxInputChars()) {
            throw new DocumentException(Kind.LIMIT, sourceName, "Unable to load test file " + sourceName
                    + ": input is longer than " + limits.maxInputChars() + " characters", null, "input too long",
                    false);
        }
        String reason;
        try {
            return named(SerdeYamlTestFile.read(text, limits, sourceName), sourceName);
        } catch (SerdeYamlTestFile.NotReadable e) {
            reason = e.getMessage();
        }
        try {
            return named(SerdeJsonTestFile.read(text), sourceName);
        } catch (SerdeJsonTestFile.JsonError e) {
            throw new DocumentException(Kind.TEST_FILE, sourceName, e.getMessage(), null,
                    "not a YAML test file (" + reason + ") nor a JSON one (" + e.getMessage() + ")", false);
        }
    }

    private static List<TestCase> named(List<TestCase> cases, String sourceName) {
        return cases.stream().map(testCase -> testCase.from(sourceName)).toList();
    }

    /** Reads the file as UTF-8 and loads it; see {@link #load(String, String)}. */
    public List<TestCase> load(java.nio.file.Path file, String sourceName) throws DocumentException {
        return load(DocumentLoader.readUtf8(file, sourceName, limits), sourceName);
    }
}
