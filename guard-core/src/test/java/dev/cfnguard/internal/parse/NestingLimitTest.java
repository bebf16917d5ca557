package dev.cfnguard.internal.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deep nesting in a rules file is a syntax error, never a stack overflow or a parse that does not end. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NestingLimitTest {

    @Test
    void nestingBeyondTheLimitIsASyntaxErrorAtTheFirstTooDeepBracket() {
        String rules = "let x = " + "[".repeat(100_000) + "]".repeat(100_000);
        GuardSyntaxException e = assertThrows(GuardSyntaxException.class, () -> RulesParser.parse(rules, "deep.guard"));
        assertEquals("Error parsing rules file deep.guard at line 1 column 73: blocks, lists and calls nest deeper"
                + " than 64 levels", e.getMessage());
    }

    @Test
    void nestingAtTheLimitParses() {
        String rules = "let x = " + "[".repeat(64) + "]".repeat(64) + "\nrule r { %x empty }\n";
        assertEquals(1, RulesParser.parse(rules, "deep.guard").rules().size());
    }

    @Test
    void theLimitCanBeRaised() {
        String rules = "let x = " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThrows(GuardSyntaxException.class, () -> RulesParser.parse(rules, "deep.guard"));
        assertEquals(1, RulesParser.parse(rules, "deep.guard", 100).assignments().size());
    }

    @Test
    void aStackThatRunsOutFirstIsASyntaxErrorToo() throws InterruptedException {
        String rules = "let x = " + "[".repeat(100_000) + "]".repeat(100_000);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // A small stack and no nesting limit: the parser's recursion overflows before the text ends.
        Thread parse = new Thread(null, () -> {
            try {
                RulesParser.parse(rules, "deep.guard", Integer.MAX_VALUE);
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", 256 * 1024);
        parse.start();
        parse.join();
        assertTrue(thrown.get() instanceof GuardSyntaxException, String.valueOf(thrown.get()));
        assertTrue(thrown.get().getMessage().endsWith("rules nest too deeply for this thread's stack"),
                thrown.get().getMessage());
    }
}
