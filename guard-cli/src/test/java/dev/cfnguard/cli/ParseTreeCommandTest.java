package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and streams of {@code parse-tree}, as the reference's (checked by running it). */
class ParseTreeCommandTest {

    private static final String RULES = "rule r { a exists }\n";
    private static final String YAML_START = "assignments: []\nguard_rules:\n- rule_name: r\n";

    @TempDir
    Path directory;

    private CliRun last;

    private int run(String stdin, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "parse-tree";
        System.arraycopy(args, 0, command, 1, args.length);
        last = CliRun.of(new PendingEvaluationEngine(), stdin, command);
        return last.exitCode();
    }

    private String stdout() {
        return last.stdout();
    }

    private String stderr() {
        return last.stderr();
    }

    private Path rules(String text) throws IOException {
        Path file = directory.resolve("rules.guard");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsYamlByDefault() throws IOException {
        assertEquals(0, run("", "-r", rules(RULES).toString()));
        assertTrue(stdout().startsWith(YAML_START), stdout());
        assertTrue(stdout().endsWith("parameterized_rules: []\n"));
        assertEquals("", stderr());
    }

    @Test
    void printsJsonWithoutFinalNewline() throws IOException {
        assertEquals(0, run("", "--print-json", "--print-yaml", "-r", rules(RULES).toString()));
        assertTrue(stdout().startsWith("{\n  \"assignments\": [],\n"));
        assertTrue(stdout().endsWith("\"parameterized_rules\": []\n}"));
    }

    @Test
    void readsStandardInputWithoutRules() {
        assertEquals(0, run(RULES, "-y"));
        assertTrue(stdout().startsWith(YAML_START));
    }

    @Test
    void emptyRulesPrintNull() throws IOException {
        assertEquals(0, run("", "-r", rules("# nothing\n").toString()));
        assertEquals("null\n", stdout());
        assertEquals(0, run("", "-p", "-r", rules("").toString()));
        assertEquals("null", stdout());
    }

    @Test
    void writesToTheOutputFile() throws IOException {
        Path output = directory.resolve("tree.yaml");
        assertEquals(0, run("", "-r", rules(RULES).toString(), "-o", output.toString()));
        assertEquals("", stdout());
        assertTrue(Files.readString(output).startsWith(YAML_START));
    }

    @Test
    void syntaxErrorExits255WithOneLineOnStandardError() throws IOException {
        assertEquals(255, run("", "-r", rules("rule r {\n  a == \n}\n").toString()));
        assertEquals("", stdout());
        String message = stderr();
        assertTrue(message.contains("rules.guard at line 3 column 1"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void missingFileExits255() {
        assertEquals(255, run("", "-r", directory.resolve("absent.guard").toString()));
        assertFalse(stderr().isEmpty());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run(""));
        assertEquals("", stdout());
        assertTrue(stderr().contains("Usage: cfn-guard parse-tree [OPTIONS]"));
    }

    @Test
    void helpGoesToStandardOutput() {
        assertEquals(0, run("", "--help"));
        assertTrue(stdout().startsWith("Prints out the parse tree for the rules defined in the file.\n"));
    }

    @Test
    void infiniteFloatFailsLikeTheReference() throws IOException {
        Path file = rules("let y = 1\nlet x = 1.0e999\n");
        assertEquals(255, run("", "-r", file.toString()));
        assertEquals("", stdout());
        assertEquals(255, run("", "-p", "-r", file.toString()));
        assertTrue(stdout().endsWith("\"var\": \"x\",\n      \"value\": {\n        \"Value\": "), stdout());
    }
}
