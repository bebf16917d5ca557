package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rules that recurse through named rules or parameterized calls end with one error, not a stack overflow. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RuleDepthTest {

    private static Value document() throws Exception {
        return DocumentLoader.withDefaultLimits().load("Resources: {a: {b: {c: 1}}}", "data.yaml");
    }

    private static EvaluationResult evaluate(String rules, EvalLimits limits) throws Exception {
        return new Evaluator(RulesParser.parse(rules, "r.guard"), "r.guard", limits).evaluate(document(), "data");
    }

    @Test
    void aCycleOfNamedRulesIsNamed() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> evaluate(
                "rule a when b { Resources exists }\nrule b when c { Resources exists }\n"
                        + "rule c when a { Resources exists }\n", EvalLimits.DEFAULT));
        assertEquals(EvaluationException.Kind.PANIC, e.kind());
        // a is evaluated first as a top-level rule, then again through c: the cycle is seen from b.
        assertEquals("rule b depends on itself through named-rule references: b -> c -> a -> b", e.getMessage());
    }

    @Test
    void aParameterizedRuleThatAlwaysCallsItselfStopsAtTheLimit() {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> evaluate("rule p(x) { p(%x) }\nrule r { p(Resources) }\n", EvalLimits.DEFAULT.withMaxRuleDepth(7)));
        assertEquals("parameterized rule calls nest deeper than 7 levels at p", e.getMessage());
    }

    @Test
    void recursionThatEndsWithinTheLimitIsEvaluated() throws Exception {
        // Walks one level down the data per call and stops where the data ends.
        String rules = "rule p(x) { %x !empty\n  when %x.* is_struct { p(%x.*) } }\nrule r { p(Resources) }\n";
        assertEquals(Status.PASS, evaluate(rules, EvalLimits.DEFAULT).status());
        assertThrows(EvaluationException.class, () -> evaluate(rules, EvalLimits.DEFAULT.withMaxRuleDepth(2)));
    }

    @Test
    void longChainsOfNamedRulesStopAtTheLimit() {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            rules.append("rule r").append(i).append(" when r").append(i + 1).append(" { Resources exists }\n");
        }
        rules.append("rule r50 { Resources exists }\n");
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> evaluate(rules.toString(), EvalLimits.DEFAULT.withMaxRuleDepth(10)));
        assertEquals("named-rule references nest deeper than 10 levels at rule r11", e.getMessage());
    }
}
