package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a {@code cfn-guard test} file: an optional name, the input document and the expected
 * status text for each rule ({@code PASS}, {@code FAIL}, {@code SKIP}, unchecked: the reference
 * validates a status only when its rule is evaluated). Immutable.
 */
public final class TestCase {

    private final String name;
    private final SerdeValue input;
    private final Map<String, String> expectedRules;
    private final String sourceName;

    TestCase(String name, SerdeValue input, Map<String, String> expectedRules) {
        this(name, input, expectedRules, "");
    }

    private TestCase(String name, SerdeValue input, Map<String, String> expectedRules, String sourceName) {
        this.name = name;
        this.input = input;
        this.expectedRules = Collections.unmodifiableMap(new LinkedHashMap<>(expectedRules));
        this.sourceName = sourceName;
    }

    /** The {@code name} given in the file, if any (any scalar is read as its text). */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * The input as a value tree: locations are all 0:0 and keys carry their entry's path, as the
     * reference builds test inputs. Converted on each call, because the reference reports a bad key
     * only when it reaches that test case.
     *
     * @throws DocumentException of kind {@link DocumentException.Kind#NON_STRING_KEY} when a mapping key
     *                           is not a string
     */
    public Value input() throws DocumentException {
        return SerdeValue.toValue(input, sourceName);
    }

    /** This test case, naming {@code file} in its errors. */
    TestCase from(String file) {
        return new TestCase(name, input, expectedRules, file);
    }

    /** Rule name to expected status text, in file order (a repeated rule keeps its last status). */
    public Map<String, String> expectedRules() {
        return expectedRules;
    }
}
