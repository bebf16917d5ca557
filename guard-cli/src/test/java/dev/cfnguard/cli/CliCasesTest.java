package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Help, version, usage errors and pre-evaluation errors, checked against what the reference does:
 * the expectations in {@code cli-cases.txt} were recorded by running the reference
 * ({@code guard-cli/tools/capture-cli-cases.sh}). Like the conformance harness, this compares exit code,
 * stdout, and whether stderr is empty.
 */
class CliCasesTest {

    @ParameterizedTest(name = "cfn-guard {0}")
    @MethodSource("cases")
    void behavesLikeTheReference(String commandLine, int exitCode, String stdoutText, boolean stderrEmpty) {
        CliRun run = CliRun.of(ShellWords.split(commandLine).toArray(String[]::new));
        String expectedStdout = stdoutText.equals("empty") ? "" : text(stdoutText);
        assertAll(
                () -> assertEquals(exitCode, run.exitCode(), "exit code; stderr: " + run.stderr()),
                () -> assertEquals(expectedStdout, run.stdout(), "stdout"),
                () -> assertEquals(stderrEmpty, run.stderr().isEmpty(), "stderr empty? stderr: " + run.stderr()));
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : resource("cli-cases.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" ", 4);
            String args = fields.length > 3 ? fields[3] : "";
            cases.add(Arguments.of(args, Integer.parseInt(fields[0]), fields[1], fields[2].equals("empty")));
        }
        return cases.stream();
    }

    private static String text(String name) {
        try (InputStream in = ReferenceTexts.class.getResourceAsStream("text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CliCasesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
