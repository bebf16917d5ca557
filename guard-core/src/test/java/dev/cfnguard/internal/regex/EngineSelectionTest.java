package dev.cfnguard.internal.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which engine runs which pattern: RE2/J whenever it can express the pattern. */
class EngineSelectionTest {

    @ParameterizedTest(name = "/{0}/ runs on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "^(a+)+$                   | LINEAR",
        "^[a-z0-9.-]{3,63}$        | LINEAR",
        "arn:aws:iam::\\d{12}:.*   | LINEAR",
        "(?i)^prod$                | LINEAR",
        "(?P<year>\\d{4})-(\\d\\d) | LINEAR",
        "(?m)^x$                   | LINEAR",
        "[a-z&&[^aeiou]]+          | LINEAR",
        "\\p{Greek}\\w\\s\\d       | LINEAR",
        "a{1000}                   | LINEAR",
        "(?x) a b # comment        | LINEAR",
        "\\bfoo\\b                 | LINEAR_FOR_ASCII_TEXT",
        "\\Bx                      | LINEAR_FOR_ASCII_TEXT",
        "(?=a)                     | BACKTRACKING",
        "a(?!b)                    | BACKTRACKING",
        "(?<=a)b                   | BACKTRACKING",
        "(?<!a)b                   | BACKTRACKING",
        "(a)\\1                    | BACKTRACKING",
        "(?P<n>a)(?P=n)            | BACKTRACKING",
        "(?>a+)b                   | BACKTRACKING",
        "a++b                      | BACKTRACKING",
        "a\\Kb                     | BACKTRACKING",
        "\\Gab                     | BACKTRACKING",
        "\\<word\\>                | BACKTRACKING",
        "a{1001}                   | BACKTRACKING",  // RE2/J counts to 1000
        "(?:a{100}){300}           | BACKTRACKING",  // a program too large for RE2/J
    })
    void runsOnTheEngineItNeeds(String pattern, Engine engine) {
        assertEquals(engine, RustRegex.compile(pattern).engine());
    }

    @ParameterizedTest(name = "/{0}/ on \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "\\bé         | é          | true",   // non-ASCII text: the backtracking engine, Unicode \\b
        "\\bé         | aé         | false",
        "\\bfoo\\b    | a foo b    | true",   // ASCII text: RE2/J, whose ASCII \\b agrees there
        "\\bfoo\\b    | éfooé      | false",
        "x\\B         | xé         | true",
    })
    void wordBoundariesAreUnicodeWhicheverEngineRuns(String pattern, String text, boolean matches) {
        assertEquals(matches, RustRegex.compile(pattern).find(text));
    }
}
