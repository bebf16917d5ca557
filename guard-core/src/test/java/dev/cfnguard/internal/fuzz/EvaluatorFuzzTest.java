package dev.cfnguard.internal.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.document.LoadLimits;
import dev.cfnguard.internal.eval.EvalLimits;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.parse.GuardSyntaxException;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.Value;

/**
 * Random rules against random documents: an input is a rules file, a NUL byte, then a data document
 * (without a NUL the whole input is the rules, evaluated against an empty mapping). Whatever parses and
 * loads must evaluate to a result or an {@link EvaluationException}: no other exception, no stack overflow,
 * no hang. Seeds: EvaluatorFuzzTestInputs.
 */
class EvaluatorFuzzTest {

    private static final int MAX_PART = 512;
    private static final EvalLimits LIMITS = EvalLimits.DEFAULT.withRegexStepBudget(200_000);
    private final DocumentLoader documents =
            new DocumentLoader(LoadLimits.DEFAULT.withMaxDepth(200).withMaxNodes(50_000));

    @FuzzTest(maxDuration = "40m", maxExecutions = 1_000_000)
    void evaluatesOrReportsAnError(byte[] input) {
        String text = FuzzChecks.text(input, Integer.MAX_VALUE);
        int split = text.indexOf('\0');
        // Each part is cut short so that the fuzzer stays fast; seeds keep their first lines of each.
        String rulesText = cut(split < 0 ? text : text.substring(0, split));
        String dataText = split < 0 ? "{}" : cut(text.substring(split + 1));
        RulesFile rules;
        Value document;
        try {
            rules = RulesParser.parse(rulesText, "fuzz.guard");
            document = documents.load(dataText, "fuzz.yaml");
        } catch (GuardSyntaxException | DocumentException e) {
            return;
        }
        try {
            new Evaluator(rules, "fuzz.guard", LIMITS).evaluate(document, "fuzz.yaml");
        } catch (EvaluationException e) {
            FuzzChecks.oneLine(e.getMessage());
        }
    }

    private static String cut(String part) {
        return part.length() > MAX_PART ? part.substring(0, MAX_PART) : part;
    }
}
