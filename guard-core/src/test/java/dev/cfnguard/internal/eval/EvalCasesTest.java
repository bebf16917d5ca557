package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.eval.EvaluationSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cfnguard.internal.testing.OutputFormat;
import dev.cfnguard.internal.testing.ReferenceOutput;
import dev.cfnguard.internal.testing.RulesFileParsers;
import dev.cfnguard.internal.testing.TestInput;
import dev.cfnguard.internal.testing.TestRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every evaluator case file (src/test/resources/eval/cases, see the README there) through the test
 * engine with --verbose and compares the output with the reference's, recorded beside the case file.
 */
class EvalCasesTest {

    @TempDir
    Path temp;

    static Stream<String> caseFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(EvalCasesTest.class.getResource("/eval/cases").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .map(n -> n.substring(0, n.length() - 5)).toList().stream();
        }
    }

    private static String resource(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(EvalCasesTest.class.getResource("/eval/cases/" + name).toURI()),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("caseFiles")
    void verboseOutputMatchesTheReference(String name) throws Exception {
        CaseFile caseFile = CaseFile.split(resource(name + ".yaml"));
        Path rules = Files.writeString(temp.resolve("rules.guard"), caseFile.rules());
        Path tests = Files.writeString(temp.resolve("tests.yaml"), caseFile.tests());
        StringBuilder out = new StringBuilder();
        TestInput rulesInput = new TestInput(rules, "rules.guard");
        List<TestInput> testInputs = List.of(new TestInput(tests, "tests.yaml"));
        if (name.startsWith("error_")) {
            EvaluationException e = assertThrows(EvaluationException.class, () -> TestRunner.runSingle(rulesInput,
                    testInputs, OutputFormat.SINGLE_LINE_SUMMARY, true, RulesFileParsers.core(),
                    EvaluationSettings.DEFAULT, out));
            assertEquals(resource(name + ".error.out"), "Error occurred " + e.getMessage() + "\n");
        } else {
            int code = TestRunner.runSingle(rulesInput, testInputs, OutputFormat.SINGLE_LINE_SUMMARY, true,
                    RulesFileParsers.core(), EvaluationSettings.DEFAULT, out);
            assertEquals(0, code, out.toString());
        }
        assertEquals(ReferenceOutput.normalizeTestOutput(resource(name + ".verbose.out")),
                ReferenceOutput.normalizeTestOutput(out.toString()));
    }

    /** A case file's rules text and test-file text (the same split as tools/record-eval-cases.py). */
    record CaseFile(String rules, String tests) {
        static CaseFile split(String text) {
            StringBuilder rules = new StringBuilder();
            StringBuilder tests = new StringBuilder();
            String mode = "";
            for (String line : text.split("(?<=\n)")) {
                if (line.startsWith("rules: |")) {
                    mode = "rules";
                } else if (line.startsWith("tests:")) {
                    mode = "tests";
                } else if (mode.equals("rules")) {
                    rules.append(line.startsWith("  ") ? line.substring(2) : line.replaceFirst("^ +", ""));
                } else if (mode.equals("tests")) {
                    tests.append(line);
                }
            }
            return new CaseFile(rules.toString(), tests.toString());
        }
    }
}
