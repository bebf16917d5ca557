package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.Value;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation that settles statuses without records ({@code RuleSet.evaluate}) must reach what the
 * recording one (the CLI's, which the conformance harness checks) reaches: the same statuses rule by rule,
 * or the same error. They run the same code apart from the records, and differ in the shortcuts taken
 * where nothing is recorded; this holds those shortcuts to the recorded results over every evaluator case,
 * and over the shipped rules against their unit tests' inputs and against every sample template.
 */
class StatusEvaluationTest {

    private static final DocumentLoader LOADER = DocumentLoader.withDefaultLimits();

    static Stream<String> caseFiles() throws IOException, URISyntaxException {
        return EvalCasesTest.caseFiles();
    }

    /** The statuses of an evaluation, or its error. */
    private static Object outcome(Evaluator evaluator, Value document, boolean recording) {
        try {
            EvaluationResult result = evaluator.evaluate(document, "data", recording);
            assertEquals(recording, result.recorded());
            return List.of(result.status(), result.rules());
        } catch (EvaluationException e) {
            return "error " + e.kind() + ": " + e.getMessage();
        }
    }

    private static int compareBoth(Evaluator evaluator, Value document, String what) {
        assertEquals(outcome(evaluator, document, true), outcome(evaluator, document, false), what);
        return 1;
    }

    @ParameterizedTest
    @MethodSource("caseFiles")
    void evaluatorCases(String name) throws Exception {
        String text = Files.readString(Path.of(StatusEvaluationTest.class.getResource("/eval/cases/" + name + ".yaml")
                .toURI()), StandardCharsets.UTF_8);
        EvalCasesTest.CaseFile caseFile = EvalCasesTest.CaseFile.split(text);
        Evaluator evaluator = new Evaluator(RulesParser.parse(caseFile.rules(), name), name);
        int compared = compareInputs(evaluator, LOADER.load(caseFile.tests(), name + " tests"), name);
        assertTrue(compared > 0, name + " has no test inputs");
    }

    @Test
    void shippedRulesAgainstEverySample() throws Exception {
        List<Evaluator> evaluators = new ArrayList<>();
        for (Path file : guardFiles(Path.of("../rules"))) {
            evaluators.add(new Evaluator(RulesParser.parse(Files.readString(file), file.toString()), file.toString()));
        }
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                    .toList();
        }
        assertFalse(evaluators.isEmpty() || samples.isEmpty(), "the rules or the samples went missing");
        for (Path sample : samples) {
            Value document = LOADER.load(sample, sample.getFileName().toString());
            for (Evaluator evaluator : evaluators) {
                compareBoth(evaluator, document, sample.toString());
            }
        }
    }

    @Test
    void shippedRulesAgainstTheirUnitTestInputs() throws Exception {
        int compared = 0;
        for (Path rules : guardFiles(Path.of("../rules"))) {
            String name = rules.getFileName().toString().replace(".guard", "");
            Path tests = rules.resolveSibling("tests").resolve(name + "_tests.yaml");
            Evaluator evaluator = new Evaluator(RulesParser.parse(Files.readString(rules), rules.toString()),
                    rules.toString());
            compared += compareInputs(evaluator, LOADER.load(tests, tests.toString()), tests.toString());
        }
        assertTrue(compared >= 100, "only " + compared + " unit-test inputs");
    }

    /** Every {@code input} of a test file (a list of named tests). */
    private static int compareInputs(Evaluator evaluator, Value tests, String what) {
        int compared = 0;
        for (Value test : ((Value.ListValue) tests).elements()) {
            Value input = ((Value.MapValue) test).entries().get("input");
            if (input != null) {
                compared += compareBoth(evaluator, input, what + ": " + ((Value.MapValue) test).entries().get("name"));
            }
        }
        return compared;
    }

    /** The rules files of the pack, not its build's copies. */
    private static List<Path> guardFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".guard") && !f.toString().contains("/target/")).sorted()
                    .toList();
        }
    }
}
