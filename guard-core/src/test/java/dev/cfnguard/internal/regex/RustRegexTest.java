package dev.cfnguard.internal.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The component's API: validity as the reference judges it (each checked with {@code cfn-guard
 * parse-tree}), matching, expansion for {@code regex_replace}, the cache. The large tables checked
 * against the reference are in {@link RustDialectTest}.
 */
class RustRegexTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{{resolve:secretsmanager:.*}}", "^[a-z0-9.-]{3,63}$", "(?i)abc", "\\d+", "\\p{L}", "(?P<n>a)",
        "a{,3}", "x{", "[[:alpha:]]", "\\h", "\\K", ".", " ", "arn:aws:iam::\\d{12}:role/.*", "a\\:b",
        "(?<![A-Z0-9])[A-Z0-9]{20}(?![A-Z0-9])", "[]a]", "a|", "(?x) a b # comment", "(?P<1a>x)",
        "(?(a)b|c)", "\\p{Emoji}", "(?P<n>a)\\1|b", "a{18446744073709551616}", "[!-[]]"
    })
    void accepted(String pattern) {
        assertTrue(RustRegex.isValid(pattern), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[", "(", "a{2,1}", "\\q", "a**", "^*", "(?=a)*", "\\", "\\x{110000}", "(?:)*", "(?(1)a|b)",
        "(a)\\2", "\\1(a)", "(?P<n>a)\\1", "(?<=a+)b", "(?<=ab?)c", "[[]]", "[z-a]", "[\\d-z]", "\\p{Zzzz}",
        "\\p{IsC}", "a{4294967296}", "\\b{start}"
    })
    void rejected(String pattern) {
        assertFalse(RustRegex.isValid(pattern), pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "^abc$                | abc        | true",
        "line$                | `line\n`   | false",   // $ is the end of text
        "(?m)^two$            | `one\ntwo\n` | true",
        "(?m)a\\n^            | `a\n`      | true",     // a line may start at the very end
        "one.two              | `one\ntwo` | false",
        "(?s)one.two          | `one\ntwo` | true",
        "^\\w+$               | héllo      | true",     // \\w is Unicode
        "^\\d+$               | ١٢٣        | true",     // \\d is Unicode
        "(?i)^straße$         | STRASSE    | false",
        "(?i)^é$              | É          | true",     // case folding is Unicode
        "(?P<year>\\d{4})     | in 2024    | true",     // Python-style named group
        "^[[:alpha:]]+$       | abc        | true",     // POSIX class
        "^[[:^digit:]]+$      | abc        | true",
        "^[[:digit:]]+$       | abc        | false",
        "^[]a]+$              | ]a]        | true",     // ] first in a class is a literal
        "\\x41                | A          | true",
        "a\\vb                | `a\u000Bb` | true",     // \\v is the vertical tab only
        "(?m:^b$)             | `a\nb`     | true",
        "(?m:x)$              | `x\n`      | false",    // the flag ends with its group
        "^(a(?m)b)$           | `ab\n`     | true",     // ... but not with a capturing group
        "\\bfoo\\b            | a foo b    | true",
        "(?x) a b c           | abc        | true",
        "^{{resolve:ssm:.*}}$ | {{resolve:ssm:x}} | true", // braces that are not a repetition
        "^a{2}$               | aa         | true",
        "^a{1,}b{,2}$         | aabb       | true",     // {,n} means {0,n}
        "^a{1,}b{,2}$         | ab{,2}     | false",
        "\\h+                 | 0fA        | true",
        ".                    | `\r`       | true",
        "a\\Kb                | ab         | true",
    })
    void matchesAsTheReferenceWould(String pattern, String text, boolean matches) {
        assertEquals(matches, RustRegex.compile(pattern).find(text), pattern + " on " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "^arn:(\\w+):(\\w+)     | arn:aws:iam::1 | $1/$2     | aws/iam",
        "(?P<first_part>\\w+)=  | a=1 b=2        | ${first_part}; | a;b;",
        "(\\d)                  | a1b2           | [$1]      | [1][2]",
        "(\\d)                  | a1b2           | $$        | $$",
        "(\\d)                  | a1b2           | $9x       | ``",
        "(\\d)                  | x              | $1        | ``",
        "(?P<n>\\d)             | 7              | $n$nx     | 7",
        "(\\d)                  | 7              | ${}       | ${}",     // not a group: the dollar stays
        "a\\Kb                  | xab            | [$0]      | [b]",
        "a*                     | baaab          | <$0>      | <><aaa><>", // no empty match right after a match
    })
    void expandsEachMatchAndDropsTheRest(String pattern, String text, String replacement, String expected) {
        assertEquals(expected, RustRegex.compile(pattern).expandEachMatch(text, replacement));
    }

    @Test
    void rejectsInvalidPatterns() {
        assertThrows(RegexSyntaxException.class, () -> RustRegex.compile("(unclosed"));
        assertThrows(RegexSyntaxException.class, () -> RustRegex.compile("[a-"));
    }

    @Test
    void validPatternsThatCannotRunFailToCompileWithTheReason() {
        RegexSyntaxException conditional = assertThrows(RegexSyntaxException.class,
                () -> RustRegex.compile("(?(a)b|c)"));
        assertEquals("conditionals are not supported", conditional.getMessage());
        RegexSyntaxException property = assertThrows(RegexSyntaxException.class,
                () -> RustRegex.compile("\\p{Emoji}"));
        assertEquals("the Unicode property Emoji is not supported", property.getMessage());
    }

    @Test
    void cacheCompilesOnceAndRemembersFailures() {
        RegexCache cache = new RegexCache();
        assertSame(cache.get("a+"), cache.get("a+"));
        assertNotSame(cache.get("a+"), new RegexCache().get("a+"));
        assertThrows(RegexSyntaxException.class, () -> cache.get("("));
        assertThrows(RegexSyntaxException.class, () -> cache.get("("));
        assertThrows(IllegalArgumentException.class, () -> new RegexCache(0));
    }
}
