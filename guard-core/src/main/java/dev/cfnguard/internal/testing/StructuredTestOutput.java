package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.report.XmlOut;
import dev.cfnguard.internal.tree.JsonWriter;
import dev.cfnguard.internal.tree.Node;
import dev.cfnguard.internal.tree.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Renders test results as the reference's JSON, YAML and JUnit documents. Stateless. */
final class StructuredTestOutput {
    private StructuredTestOutput() {}

    /**
     * Renders results: in JSON and YAML as one object for a single rules file, or as a list in directory
     * mode ({@code asList}); in JUnit always as test suites.
     */
    static String render(OutputFormat format, List<TestResults.FileResult> results, boolean asList) {
        Node tree = asList ? tree(results) : tree(results.get(0));
        return switch (format) {
            case JSON -> {
                StringBuilder json = new StringBuilder();
                JsonWriter.write(tree, json);
                yield json.toString();
            }
            case YAML -> YamlWriter.write(tree);
            case JUNIT -> junit(results);
            default -> throw new IllegalArgumentException("not a structured test output: " + format);
        };
    }

    private static Node tree(TestResults.FileResult result) {
        Node.MappingBuilder node = Node.mapping().put("rule_file", text(result.ruleFile()));
        if (result instanceof TestResults.FileError error) {
            return node.put("error", text(error.error())).build();
        }
        List<Node> cases = new ArrayList<>();
        for (TestResults.CaseResult each : ((TestResults.FileCases) result).testCases()) {
            List<Node> passed = new ArrayList<>();
            for (TestResults.PassedRule rule : each.passed()) {
                passed.add(Node.mapping().put("name", text(rule.name()))
                        .put("evaluated", text(rule.evaluated().name())).build());
            }
            List<Node> failed = new ArrayList<>();
            for (TestResults.FailedRule rule : each.failed()) {
                List<Node> evaluated = rule.evaluated().stream().map(status -> text(status.name())).toList();
                failed.add(Node.mapping().put("name", text(rule.name()))
                        .put("expected", text(rule.expected().name()))
                        .put("evaluated", new Node.Sequence(evaluated)).build());
            }
            List<Node> skipped = new ArrayList<>();
            for (String rule : each.skipped()) {
                skipped.add(Node.mapping().put("name", text(rule)).build());
            }
            cases.add(Node.mapping().put("name", text(each.name()))
                    .put("passed_rules", new Node.Sequence(passed))
                    .put("failed_rules", new Node.Sequence(failed))
                    .put("skipped_rules", new Node.Sequence(skipped)).build());
        }
        return node.put("test_cases", new Node.Sequence(cases)).build();
    }

    private static Node tree(List<TestResults.FileResult> results) {
        List<Node> list = new ArrayList<>(results.size());
        results.forEach(result -> list.add(tree(result)));
        return new Node.Sequence(list);
    }

    private static Node text(String value) {
        return new Node.Text(value);
    }

    // ---- JUnit ----

    private static String junit(List<TestResults.FileResult> results) {
        XmlOut xml = new XmlOut();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        long time = 0;
        List<Runnable> suites = new ArrayList<>();
        for (TestResults.FileResult result : results) {
            if (result instanceof TestResults.FileError error) {
                tests += 1;
                errors += 1;
                time += error.millis();
                suites.add(() -> {
                    xml.start("testsuite", "name", error.ruleFile(), "errors", "1", "failures", "0",
                            "time", Long.toString(error.millis()));
                    xml.start("testcase", "name", error.ruleFile(), "time", Long.toString(error.millis()),
                            "status", "error");
                    xml.start("error");
                    xml.text(error.error());
                    xml.end("error");
                    xml.end("testcase");
                    xml.end("testsuite");
                });
                continue;
            }
            TestResults.FileCases cases = (TestResults.FileCases) result;
            int suiteFailures = 0;
            long suiteTime = 0;
            for (TestResults.CaseResult each : cases.testCases()) {
                tests += each.passed().size() + each.failed().size();
                suiteFailures += each.failed().size();
                suiteTime += each.millis();
            }
            failures += suiteFailures;
            time += suiteTime;
            String suiteFailuresText = Integer.toString(suiteFailures);
            String suiteTimeText = Long.toString(suiteTime);
            suites.add(() -> {
                xml.start("testsuite", "name", cases.ruleFile(), "errors", "0", "failures", suiteFailuresText,
                        "time", suiteTimeText);
                for (TestResults.CaseResult each : cases.testCases()) {
                    String caseTime = Long.toString(each.millis());
                    for (TestResults.PassedRule rule : each.passed()) {
                        xml.empty("testcase", "id", each.name(), "name", rule.name(), "time", caseTime,
                                "status", "pass");
                    }
                    for (TestResults.FailedRule rule : each.failed()) {
                        xml.start("testcase", "id", each.name(), "name", rule.name(), "time", caseTime);
                        xml.start("failure");
                        StringJoiner evaluated = new StringJoiner(", ", "[", "]");
                        rule.evaluated().forEach(status -> evaluated.add(status.name()));
                        xml.text("Expected = " + rule.expected() + ", Evaluated = " + evaluated);
                        xml.end("failure");
                        xml.end("testcase");
                    }
                }
                xml.end("testsuite");
            });
        }
        xml.declaration();
        xml.start("testsuites", "name", "cfn-guard test report", "tests", Integer.toString(tests),
                "failures", Integer.toString(failures), "errors", Integer.toString(errors),
                "time", Long.toString(time));
        suites.forEach(Runnable::run);
        xml.end("testsuites");
        return xml.finish();
    }
}
