package dev.cfnguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every sample template gets, from every rule, the status {@code samples-expected.yaml} gives it:
 * {@code cfn-guard validate -r rules -d samples/<sample> --show-summary all}.
 */
class SamplesTest {
    private static final Map<String, Map<String, String>> EXPECTED = loadExpected();

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void getsTheExpectedStatusFromEveryRule(String sampleFile) {
        Map<String, String> expected = EXPECTED.get(baseName(sampleFile));
        assertNotNull(expected, sampleFile + " is not listed in samples-expected.yaml");

        CfnGuardRun run = CfnGuardRun.of("validate", "-r", RulePack.RULES.toString(),
                "-d", RulePack.SAMPLES.resolve(sampleFile).toString(), "--show-summary", "all");

        assertEquals(expected, ValidateSummary.statuses(run.stdout()), run.transcript());
        // validate exits 19 when a rule fails, 0 otherwise.
        assertEquals(expected.containsValue("FAIL") ? 19 : 0, run.exitCode(), run.transcript());
    }

    @Test
    void samplesAreTheListedTemplatesInYamlAndJson() {
        TreeSet<String> listed = new TreeSet<>();
        EXPECTED.keySet().forEach(name -> listed.addAll(List.of(name + ".json", name + ".yaml")));
        assertEquals(listed, new TreeSet<>(samples().toList()));
    }

    @Test
    void everySampleListsEveryRule() {
        TreeSet<String> rules = new TreeSet<>(RulePack.ruleFiles().stream().map(RulePack::ruleName).toList());
        EXPECTED.forEach((sample, statuses) -> assertEquals(rules, new TreeSet<>(statuses.keySet()), sample));
    }

    static Stream<String> samples() {
        return RulePack.sampleFiles().stream().map(file -> file.getFileName().toString());
    }

    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> loadExpected() {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/samples-expected.yaml")) {
            return (Map<String, Map<String, String>>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
