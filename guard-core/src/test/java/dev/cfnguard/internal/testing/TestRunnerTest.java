package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.EvaluationSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestRunnerTest {

    @TempDir
    Path temp;

    private static final String RULES = "rule r { a exists }\n";

    private TestInput file(String name, String content) throws IOException {
        return new TestInput(Files.writeString(temp.resolve(name), content), name);
    }

    static Stream<Arguments> rejectedFiles() throws IOException {
        try (InputStream in = TestRunnerTest.class.getResourceAsStream("/testing/spec-errors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> {
                        int arrow = line.indexOf(" => ");
                        return Arguments.of(line.substring(0, arrow).replace("\\n", "\n"), line.substring(arrow + 4));
                    })
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("rejectedFiles")
    void reportsUnusableTestFilesAndGoesOn(String content, String message) throws IOException {
        StringBuilder out = new StringBuilder();
        int code = TestRunner.runSingle(file("a.guard", RULES), List.of(file("t.json", content),
                file("ok.yaml", "- input: {a: 1}\n  expectations: {rules: {r: PASS}}\n")),
                OutputFormat.SINGLE_LINE_SUMMARY, false, RulesFileParsers.core(), EvaluationSettings.DEFAULT, out);
        assertEquals("Error processing Parser Error when parsing `Unable to process data in file t.json, Error "
                + message + ",`\nTest Case #1\n  PASS Rules:\n    r: Expected = PASS\n\n", out.toString());
        assertEquals(TestRunner.ERROR, code);
    }

    @Test
    void structuredOutputReportsAnUnusableTestFileAsTheRulesFileError() throws IOException {
        StringBuilder out = new StringBuilder();
        int code = TestRunner.runSingle(file("a.guard", RULES), List.of(file("t.yaml", "[1]")), OutputFormat.JSON,
                false, RulesFileParsers.core(), EvaluationSettings.DEFAULT, out);
        assertEquals("""
                {
                  "rule_file": "a.guard",
                  "error": "Parser Error when parsing `Unable to process data in file t.yaml, Error invalid type: \
                integer `1`, expected struct TestSpec at line 1 column 2`"
                }""", out.toString());
        assertEquals(TestRunner.ERROR, code);
    }

    // Expected outputs from cfn-guard 3.1.1 test -r a.guard -t t.yaml [-o FORMAT] on these files.
    private static final String TESTS = """
            - name: expects PASS, gets FAIL
              input: {}
              expectations:
                rules:
                  r: PASS
            - input: {a: 1}
              expectations:
                rules:
                  r: PASS
                  other: FAIL
            """;

    @Test
    void plainReportAndExitCodeOfAFailedExpectation() throws IOException {
        StringBuilder out = new StringBuilder();
        int code = TestRunner.runSingle(file("a.guard", RULES), List.of(file("t.yaml", TESTS)),
                OutputFormat.SINGLE_LINE_SUMMARY, false, RulesFileParsers.core(), EvaluationSettings.DEFAULT, out);
        assertEquals("""
                Test Case #1
                Name: expects PASS, gets FAIL
                  FAIL Rules:
                    r: Expected = PASS, Evaluated = [FAIL]

                Test Case #2
                  PASS Rules:
                    r: Expected = PASS

                """, out.toString());
        assertEquals(TestRunner.FAILURE, code);
    }

    @Test
    void yamlReport() throws IOException {
        StringBuilder out = new StringBuilder();
        TestRunner.runSingle(file("a.guard", RULES), List.of(file("t.yaml", TESTS)), OutputFormat.YAML, false,
                RulesFileParsers.core(), EvaluationSettings.DEFAULT, out);
        assertEquals("""
                rule_file: a.guard
                test_cases:
                - name: expects PASS, gets FAIL
                  passed_rules: []
                  failed_rules:
                  - name: r
                    expected: PASS
                    evaluated:
                    - FAIL
                  skipped_rules: []
                - name: ''
                  passed_rules:
                  - name: r
                    evaluated: PASS
                  failed_rules: []
                  skipped_rules: []
                """, out.toString());
    }

    @Test
    void junitReport() throws IOException {
        StringBuilder out = new StringBuilder();
        TestRunner.runSingle(file("a.guard", RULES), List.of(file("t.yaml", TESTS)), OutputFormat.JUNIT, false,
                RulesFileParsers.core(), EvaluationSettings.DEFAULT, out);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="cfn-guard test report" tests="2" failures="1" errors="0" time="0">
                    <testsuite name="a.guard" errors="0" failures="1" time="0">
                        <testcase id="expects PASS, gets FAIL" name="r" time="0">
                            <failure>Expected = PASS, Evaluated = [FAIL]</failure>
                        </testcase>
                        <testcase id="" name="r" time="0" status="pass"/>
                    </testsuite>
                </testsuites>
                """, out.toString().replaceAll("time=\"\\d+\"", "time=\"0\""));
    }

    @Test
    void directoryModeSkipsRulesWithoutTestsAndNamesRulesByPrefix() throws Exception {
        StringBuilder out = new StringBuilder();
        List<RulesUnderTest> rules = List.of(
                new RulesUnderTest(file("a.guard", RULES), "a", List.of(file("a_tests.yaml", TESTS))),
                new RulesUnderTest(file("b.guard", RULES), "b", List.of()));
        int code = TestRunner.runDirectory(rules, OutputFormat.SINGLE_LINE_SUMMARY, false, RulesFileParsers.core(),
                EvaluationSettings.DEFAULT, out);
        assertEquals("""
                Testing Guard File a.guard
                Test Case #1
                Name: expects PASS, gets FAIL
                  FAIL Rules:
                    r: Expected = PASS, Evaluated = [FAIL]

                Test Case #2
                  PASS Rules:
                    r: Expected = PASS

                ---
                Guard File b.guard did not have any tests associated, skipping.
                ---
                """, out.toString());
        assertEquals(TestRunner.FAILURE, code);
    }
}
