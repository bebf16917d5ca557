package dev.cfnguard.internal.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Patterns that make backtracking engines take exponential time end, one way or the other: on RE2/J
 * with an answer, on java.util.regex with {@link RegexBudgetExceededException}. The timeouts only
 * stop a hang; they are far above the time these take.
 */
class HostileRegexTest {

    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String NEARLY = "a".repeat(30) + "!";

    @Test
    void nestedQuantifiersAnswerOnTheLinearEngine() {
        RustRegex regex = RustRegex.compile("^(a+)+$");
        assertEquals(Engine.LINEAR, regex.engine());
        assertTimeoutPreemptively(HANG, () -> {
            assertFalse(regex.find(NEARLY));
            assertFalse(regex.find("a".repeat(100_000) + "!"));
            assertEquals("", regex.expandEachMatch(NEARLY, "$1"));
        });
    }

    @Test
    void wordBoundaryPatternsAnswerOnTheLinearEngineForAsciiText() {
        RustRegex regex = RustRegex.compile("^(\\w+\\s?)+$\\b");
        assertEquals(Engine.LINEAR_FOR_ASCII_TEXT, regex.engine());
        assertTimeoutPreemptively(HANG, () -> assertFalse(regex.find("a".repeat(5_000) + "!")));
    }

    @Test
    void catastrophicLookAroundEndsWithTheBudgetError() {
        RustRegex regex = RustRegex.compile("^(?=a)(.*a){20}$");
        assertEquals(Engine.BACKTRACKING, regex.engine());
        RegexBudgetExceededException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(RegexBudgetExceededException.class, () -> regex.find(NEARLY)));
        assertEquals("^(?=a)(.*a){20}$", e.pattern());
        assertEquals("matching /^(?=a)(.*a){20}$/ took more than 10000000 backtracking steps", e.getMessage());
        assertTimeoutPreemptively(HANG,
                () -> assertThrows(RegexBudgetExceededException.class, () -> regex.expandEachMatch(NEARLY, "x")));
    }

    @Test
    void theBudgetIsTheCaches() {
        RustRegex small = new RegexCache(1_000).get("(?<=x)a+b");
        RegexBudgetExceededException e = assertThrows(RegexBudgetExceededException.class,
                () -> small.find("x" + "a".repeat(2_000)));
        assertTrue(e.getMessage().endsWith("took more than 1000 backtracking steps"), e.getMessage());
        assertTrue(new RegexCache(1_000_000).get("(?<=x)a+b").find("x" + "a".repeat(2_000) + "b"));
    }

    @Test
    void theBudgetCountsEveryOperationAfresh() {
        RustRegex regex = RustRegex.compile("(?<=x)a+b", 10_000);
        for (int i = 0; i < 100; i++) {
            assertTrue(regex.find("xaaab"));
        }
    }

    @Test
    void deepRecursionEndsWithTheBudgetErrorToo() {
        RustRegex regex = RustRegex.compile("(?<=x)(a|b)*c", Long.MAX_VALUE);
        RegexBudgetExceededException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(RegexBudgetExceededException.class, () -> regex.find("x" + "ab".repeat(500_000))));
        assertEquals("matching /(?<=x)(a|b)*c/ backtracked deeper than the stack allows", e.getMessage());
    }
}
