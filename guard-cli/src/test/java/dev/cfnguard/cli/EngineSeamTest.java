package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code validate} and {@code test} hand to the {@link EvaluationEngine}, and what they do not. */
class EngineSeamTest {
    private static final String DATA = "Resources: {}\n";
    private static final String RULE = "rule r { Resources exists }\n";

    @TempDir
    Path temp;
    Path root;
    RecordingEngine engine = new RecordingEngine(19);

    @BeforeEach
    void layout() throws IOException {
        root = temp.toRealPath();
        write("rules/b.guard", RULE);
        write("rules/a.guard", RULE);
        write("data/x.yaml", DATA);
        write("params/p.json", "{\"Region\": \"eu\"}");
        write("R/s3.guard", RULE);
        write("R/tests/s3_tests.yaml", "[]");
    }

    @Test
    void validateHandsOverSourcesAndOptions() {
        CliRun run = CliRun.of(engine, "", "validate", "-r", path("rules"), "-d", path("data"), "-i", path("params"),
                "-o", "json", "-S", "pass,skip", "--print-json");
        assertEquals(19, run.exitCode(), run.stderr());
        ValidateRequest request = engine.validations.get(0);
        assertEquals(List.of(new RuleSource("a.guard", RULE), new RuleSource("b.guard", RULE)), request.rules());
        assertEquals(List.of(new DataSource(path("data/x.yaml"), DATA)), request.data());
        assertEquals(List.of("p.json"), request.inputParameters().stream().map(DataSource::name).toList());
        assertTrue(request.mergeInputParameters());
        assertEquals(OutputFormat.JSON, request.outputFormat());
        assertEquals(Set.of(ShowSummary.PASS, ShowSummary.SKIP), request.summaryStatuses());
        assertTrue(request.printJson());
        assertFalse(request.verbose());
        assertFalse(request.structured());
    }

    @Test
    void validateReadsDataFromStdinWithoutDataPaths() {
        CliRun run = CliRun.of(engine, DATA, "validate", "-r", path("rules/a.guard"), "-d");
        assertEquals(19, run.exitCode(), run.stderr());
        ValidateRequest request = engine.validations.get(0);
        assertEquals(List.of(new DataSource("STDIN", DATA)), request.data());
        assertEquals(Set.of(ShowSummary.FAIL), request.summaryStatuses());
        assertEquals(OutputFormat.SINGLE_LINE_SUMMARY, request.outputFormat());
    }

    @Test
    void validatePayloadIgnoresInputParametersUnlessStructured() {
        String payload = "{\"rules\": [\"" + "rule r { Resources exists }" + "\"], \"data\": [\"Resources: {}\"]}";
        CliRun plain = CliRun.of(engine, payload, "validate", "--payload", "-i", path("params"));
        CliRun structured = CliRun.of(engine, payload, "validate", "--payload", "-i", path("params"),
                "--structured", "-o", "yaml", "-S", "none");
        assertEquals(19, plain.exitCode(), plain.stderr());
        assertEquals(19, structured.exitCode(), structured.stderr());
        ValidateRequest first = engine.validations.get(0);
        assertEquals(List.of(new RuleSource("RULES_STDIN[1]", "rule r { Resources exists }")), first.rules());
        assertEquals(List.of(new DataSource("DATA_STDIN[1]", "Resources: {}")), first.data());
        assertFalse(first.mergeInputParameters());
        assertEquals(1, first.inputParameters().size());
        assertTrue(engine.validations.get(1).mergeInputParameters());
        assertEquals(Set.of(), engine.validations.get(1).summaryStatuses());
    }

    @Test
    void validateErrorsBeforeEvaluationNeverReachTheEngine() {
        assertEquals(255, CliRun.of(engine, "", "validate", "-r", path("rules"), "-d", path("missing")).exitCode());
        assertEquals(255, CliRun.of(engine, " \n", "validate", "-r", path("rules")).exitCode());
        assertEquals(255, CliRun.of(engine, "", "validate", "-r", path("rules"), "-d", path("data"),
                "--structured", "-o", "json").exitCode());
        assertEquals(101, CliRun.of(engine, "", "validate", "-r", "-d", path("data")).exitCode());
        assertEquals(2, CliRun.of(engine, "", "validate", "-r", path("rules"), "-P").exitCode());
        assertTrue(engine.validations.isEmpty());
    }

    @Test
    void testDirectoryRequest() {
        RecordingEngine tests = new RecordingEngine(7);
        CliRun run = CliRun.of(tests, "", "test", "-d", path("R"), "-o", "junit");
        assertEquals(7, run.exitCode(), run.stderr());
        TestRequest.Directory request = assertInstanceOf(TestRequest.Directory.class, tests.tests.get(0));
        assertEquals(OutputFormat.JUNIT, request.outputFormat());
        assertEquals(path("R") + "/s3.guard", request.rulesFiles().get(0).rulesFile().display());
        assertEquals(List.of(path("R") + "/tests/s3_tests.yaml"),
                request.rulesFiles().get(0).testFiles().stream().map(InputFile::display).toList());
    }

    @Test
    void testSingleRulesFileRequest() {
        RecordingEngine tests = new RecordingEngine(0);
        CliRun run = CliRun.of(tests, "", "test", "-r", path("R/s3.guard"), "-t", path("R/tests"), "--verbose");
        assertEquals(0, run.exitCode(), run.stderr());
        TestRequest.SingleRulesFile request = assertInstanceOf(TestRequest.SingleRulesFile.class, tests.tests.get(0));
        assertEquals(path("R/s3.guard"), request.rulesFile().display());
        assertEquals(List.of("s3_tests.yaml"), request.testFiles().stream().map(InputFile::fileName).toList());
        assertTrue(request.verbose());
    }

    @Test
    void testRulesDirectoryIsAnInvalidInputParameter() {
        RecordingEngine tests = new RecordingEngine(0);
        CliRun run = CliRun.of(tests, "", "test", "-r", path("R"), "-t", path("R/tests"));
        assertEquals(255, run.exitCode());
        assertEquals("Error occurred I/O error when reading invalid input parameter\n", run.stderr());
        assertTrue(tests.tests.isEmpty());
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String path(String relative) {
        return root.resolve(relative).toString();
    }
}
