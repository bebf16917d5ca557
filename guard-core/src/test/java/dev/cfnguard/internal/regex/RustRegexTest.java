package dev.cfnguard.internal.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RustRegexTest {

    // Matching behaviour of the reference's regex dialect; the rows marked (*) differ from what the same
    // pattern does in java.util.regex untranslated.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "^abc$                | abc        | true",
        "line$                | `line\n`   | false",   // (*) $ is the end of text
        "(?m)^two$            | `one\ntwo\n` | true",
        "one.two              | `one\ntwo` | false",
        "(?s)one.two          | `one\ntwo` | true",
        "^\\w+$               | héllo      | true",     // (*) \\w is Unicode
        "^\\d+$               | ١٢٣        | true",     // (*) \\d is Unicode
        "(?i)^straße$         | STRASSE    | false",
        "(?i)^é$              | É          | true",     // (*) case folding is Unicode
        "(?P<year>\\d{4})     | in 2024    | true",     // (*) Python-style named group
        "^[[:alpha:]]+$       | abc        | true",     // (*) POSIX class
        "^[[:^digit:]]+$      | abc        | true",
        "^[[:digit:]]+$       | abc        | false",
        "^[]a]+$              | ]a]        | true",     // (*) ] first in a class is a literal
        "\\x41                | A          | true",
        "a\\vb                | `a\u000Bb` | true",     // (*) \\v is the vertical tab only
        "(?m:^b$)             | `a\nb`     | true",
        "(?m:x)$              | `x\n`      | false",    // (*) the flag ends with its group
        "\\bfoo\\b            | a foo b    | true",
        "(?x) a b c           | abc        | true",
        "^{{resolve:ssm:.*}}$ | {{resolve:ssm:x}} | true", // (*) braces that are not a repetition
        "^a{2}$               | aa         | true",
        "^a{1,}b{,2}$         | aabb       | true",     // (*) {,n} means {0,n}
        "^a{1,}b{,2}$         | ab{,2}     | false",
    })
    void matchesLikeTheReference(String pattern, String text, boolean matches) {
        assertEquals(matches, RustRegex.compile(pattern).find(text));
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
    })
    void expandsEachMatchAndDropsTheRest(String pattern, String text, String replacement, String expected) {
        assertEquals(expected, RustRegex.compile(pattern).expandEachMatch(text, replacement));
    }

    @org.junit.jupiter.api.Test
    void rejectsInvalidPatterns() {
        assertThrows(RegexSyntaxException.class, () -> RustRegex.compile("(unclosed"));
        assertThrows(RegexSyntaxException.class, () -> RustRegex.compile("[a-"));
    }

    @org.junit.jupiter.api.Test
    void cacheCompilesOnceAndRemembersFailures() {
        RegexCache cache = new RegexCache();
        assertEquals(cache.get("a+"), cache.get("a+"));
        assertThrows(RegexSyntaxException.class, () -> cache.get("("));
        assertThrows(RegexSyntaxException.class, () -> cache.get("("));
    }
}
