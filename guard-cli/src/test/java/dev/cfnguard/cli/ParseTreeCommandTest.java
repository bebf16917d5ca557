package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and streams of {@code parse-tree}, as the reference's (checked by running it). */
class ParseTreeCommandTest {

    private static final String RULES = "rule r { a exists }\n";
    private static final String YAML_START = "assignments: []\nguard_rules:\n- rule_name: r\n";

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        ParseTreeCommand command = new ParseTreeCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
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
        assertEquals("", err.toString(StandardCharsets.UTF_8));
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
        out.reset();
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
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("rules.guard at line 3 column 1"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void missingFileExits255() {
        assertEquals(255, run("", "-r", directory.resolve("absent.guard").toString()));
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run(""));
        assertEquals("", stdout());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: cfn-guard parse-tree [OPTIONS]"));
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
        out.reset();
        assertEquals(255, run("", "-p", "-r", file.toString()));
        assertTrue(stdout().endsWith("\"var\": \"x\",\n      \"value\": {\n        \"Value\": "), stdout());
    }
}
