package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A regex search that gives up stops the evaluation with a one-line error naming the pattern, as the
 * reference stops when its own regex engine gives up: a crash (exit 101) in comparisons, an error in
 * {@code regex_replace}. The timeouts only stop a hang.
 */
class RegexBudgetTest {

    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String HOSTILE = "^(?=a)(.*a){20}$";

    private static EvaluationException evaluate(String rules, long budget) throws Exception {
        Evaluator evaluator = new Evaluator(RulesParser.parse(rules, "r.guard"), "r.guard", budget);
        Value document = SerdeYaml.toValue(SerdeYaml.parse("x: " + "a".repeat(30) + "!\n"), Path.ROOT);
        return assertTimeoutPreemptively(HANG,
                () -> assertThrows(EvaluationException.class, () -> evaluator.evaluate(document, "d.yaml")));
    }

    @Test
    void comparisonCrashesNamingThePattern() throws Exception {
        EvaluationException e = evaluate("rule r { x == /" + HOSTILE + "/ }\n", 10_000_000);
        assertEquals(EvaluationException.Kind.PANIC, e.kind());
        assertEquals("internal error: entered unreachable code: Regex expression parse error for rules file "
                + "Error executing regex: matching /" + HOSTILE + "/ took more than 10000000 backtracking steps",
                e.getMessage());
    }

    @Test
    void membershipCrashesNamingThePattern() throws Exception {
        EvaluationException e = evaluate("rule r { x in [/" + HOSTILE + "/] }\n", 10_000_000);
        assertEquals(EvaluationException.Kind.PANIC, e.kind());
        assertEquals("called `Result::unwrap()` on an `Err` value: matching /" + HOSTILE
                + "/ took more than 10000000 backtracking steps", e.getMessage());
    }

    @Test
    void regexReplaceFailsNamingThePattern() throws Exception {
        String rules = "let y = regex_replace(x, \"" + HOSTILE + "\", \"c\")\nrule r { %y == \"c\" }\n";
        EvaluationException e = evaluate(rules, 100_000);
        assertEquals(EvaluationException.Kind.REGEX_ERROR, e.kind());
        assertEquals("Regex expression parse error for rules file Error executing regex: matching /" + HOSTILE
                + "/ took more than 100000 backtracking steps", e.getMessage());
    }
}
