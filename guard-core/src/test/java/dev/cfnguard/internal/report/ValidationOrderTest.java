package dev.cfnguard.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cfnguard.internal.eval.EvaluationSettings;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.testing.OutputFormat;
import dev.cfnguard.internal.testing.RulesFileParsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many rules and data files are evaluated in parallel; the output must be what the pairs print one at a
 * time, in order, and an error must stop the output where the sequential run stops.
 */
class ValidationOrderTest {

    private static final Validation.Options DEFAULT =
            new Validation.Options(OutputFormat.SINGLE_LINE_SUMMARY, Set.of(Status.PASS, Status.FAIL, Status.SKIP),
                    false, false, false);

    private static final List<Validation.Input> RULES = List.of(
            new Validation.Input("privileged.guard", """
                    let tasks = Resources.*[ Type == 'AWS::ECS::TaskDefinition' ]
                    rule not_privileged when %tasks !empty {
                        %tasks.Properties.ContainerDefinitions[*].Privileged != true
                    }
                    """),
            new Validation.Input("broken.guard", "rule broken { Resources exists \n"),
            new Validation.Input("empty.guard", "# nothing\n"),
            new Validation.Input("named.guard", """
                    rule has_resources { Resources exists }
                    rule bucket when has_resources { Resources.*.Properties.BucketName == /^prod-/ }
                    """));

    private static List<Validation.Input> data(int count) {
        List<Validation.Input> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = switch (i % 3) {
                case 0 -> "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n"
                        + "      ContainerDefinitions:\n        - Name: app\n          Privileged: " + (i % 2 == 0)
                        + "\n";
                case 1 -> "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "
                        + (i % 2 == 0 ? "prod-" : "dev-") + i + "\n";
                default -> "{\"other\": " + i + "}\n";
            };
            data.add(new Validation.Input("data-" + i + ".yaml", text));
        }
        return data;
    }

    private record Run(String out, String err, int exitCode, String failure) {}

    private static Run run(List<Validation.Input> rules, List<Validation.Input> data) throws Exception {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Validation validation = new Validation(RulesFileParsers.core(), EvaluationSettings.DEFAULT,
                DocumentLoader.withDefaultLimits(), DEFAULT, out, err);
        try {
            int code = validation.run(rules, data, List.of(), false);
            return new Run(out.toString(), err.toString(), code, null);
        } catch (Validation.Failure e) {
            return new Run(out.toString(), err.toString(), -1, e.getMessage());
        }
    }

    @Test
    void manyPairsPrintWhatEachPairPrintsInOrder() throws Exception {
        List<Validation.Input> data = data(30);
        StringBuilder expectedOut = new StringBuilder();
        StringBuilder expectedErr = new StringBuilder();
        int expectedCode = Validation.SUCCESS;
        for (Validation.Input rules : RULES) {
            int code = Validation.SUCCESS;
            for (Validation.Input each : data) {
                Run one = run(List.of(rules), List.of(each));
                expectedOut.append(one.out());
                if (expectedErr.indexOf(one.err()) < 0) {
                    expectedErr.append(one.err());
                }
                code = Math.max(code, one.exitCode());
            }
            if (code != Validation.SUCCESS) {
                expectedCode = code;
            }
        }
        Run all = run(RULES, data);
        assertEquals(expectedOut.toString(), all.out());
        assertEquals(expectedErr.toString(), all.err());
        assertEquals(expectedCode, all.exitCode());
    }

    @Test
    void anErrorStopsTheOutputWhereTheSequentialRunStops() throws Exception {
        List<Validation.Input> data = data(12);
        List<Validation.Input> rules = new ArrayList<>(RULES);
        rules.add(2, new Validation.Input("unknown.guard", "rule uses_unknown { %nowhere exists }\n"));
        Run all = run(rules, data);
        StringBuilder expected = new StringBuilder();
        for (Validation.Input each : data) {
            expected.append(run(List.of(rules.get(0)), List.of(each)).out());
        }
        Run alone = run(List.of(rules.get(2)), data.subList(0, 1));
        assertEquals(alone.failure(), all.failure());
        assertEquals(expected + alone.out(), all.out());
        assertNotNull(all.failure());
    }
}
