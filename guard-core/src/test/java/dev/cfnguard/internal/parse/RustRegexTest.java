package dev.cfnguard.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validity as the reference judges it (each checked with cfn-guard parse-tree), and matching. */
class RustRegexTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{{resolve:secretsmanager:.*}}", "^[a-z0-9.-]{3,63}$", "(?i)abc", "\\d+", "\\p{L}", "(?P<n>a)",
        "a{,3}", "x{", "[[:alpha:]]", "\\h", "\\K", ".", " ", "arn:aws:iam::\\d{12}:role/.*", "a\\:b",
        "(?<![A-Z0-9])[A-Z0-9]{20}(?![A-Z0-9])", "[]a]", "a|", "(?x) a b # comment", "(?P<1a>x)"
    })
    void accepted(String pattern) {
        assertTrue(RustRegex.isValid(pattern), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "(", "a{2,1}", "\\q", "a**", "^*", "(?=a)*", "\\", "\\x{110000}"})
    void rejected(String pattern) {
        assertFalse(RustRegex.isValid(pattern), pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{{resolve:.*}}|{{resolve:ssm}}|true",
        "^a$|a\\n|false",
        "(?m)^a$|x\\na\\ny|true",
        "\\h+|0fA|true",
        "a{,2}b|aab|true",
        "[[:digit:]]+|123|true",
        "\\d|٣|true",
        ".|\\r|true"
    })
    void matchesAsTheReferenceWould(String pattern, String input, boolean found) {
        assertEquals(found, RustRegex.compile(pattern).matcher(input.replace("\\n", "\n").replace("\\r", "\r")).find(),
                pattern + " on " + input);
    }
}
