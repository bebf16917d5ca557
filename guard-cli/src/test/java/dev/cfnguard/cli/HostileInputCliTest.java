package dev.cfnguard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Each class of hostile input gets a bounded answer from the whole CLI: within the time limit, one line on
 * stderr naming the file, and the exit code the reference gives (or, where the reference crashes or hangs,
 * a clean non-zero one). See SECURITY.md for the behaviour of each class.
 */
class HostileInputCliTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String RULES = "rule r { Resources exists }\n";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> CliRun.of(Main.defaultEngine(), "", args));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static void assertOneLineError(CliRun run, int exitCode, String... fragments) {
        assertEquals(exitCode, run.exitCode(), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        for (String fragment : fragments) {
            assertTrue(run.stderr().contains(fragment), run.stderr());
        }
    }

    private String[] validate(Path rules, Path... data) {
        String[] args = new String[3 + 2 * data.length];
        args[0] = "validate";
        args[1] = "-r";
        args[2] = rules.toString();
        for (int i = 0; i < data.length; i++) {
            args[3 + 2 * i] = "-d";
            args[4 + 2 * i] = data[i].toString();
        }
        return args;
    }

    @Test
    void jsonNested100000DeepIsRefusedByTheDepthLimit() throws IOException {
        Path deep = write("deep.json", "[".repeat(100_000) + "]".repeat(100_000));
        CliRun run = run(validate(write("r.guard", RULES), deep, write("good.yaml", "Resources: {}\n")));
        assertOneLineError(run, 255, deep.toRealPath().toString(), "nesting is deeper than");
        assertEquals("", run.stdout());
    }

    @Test
    void yamlMappingsNested100000DeepAreRefusedByTheDepthLimit() throws IOException {
        Path deep = write("deep.yaml", "a: " + "{b: ".repeat(100_000) + "1" + "}".repeat(100_000) + "\n");
        assertOneLineError(run(validate(write("r.guard", RULES), deep)), 255, "deep.yaml", "nesting is deeper than");
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAlias() throws IOException {
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            bomb.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }
        Path file = write("bomb.yaml", bomb.toString());
        CliRun run = run(validate(write("r.guard", RULES), file));
        // The reference's own message for an alias: the parse error of the file, with its first 100 bytes.
        assertEquals(255, run.exitCode());
        assertTrue(run.stderr().startsWith("Error occurred Parser Error when parsing `Error encountered while parsing"
                + " data file: " + file.toRealPath()), run.stderr());
    }

    @Test
    void aOneGigabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        assertOneLineError(run(validate(write("r.guard", RULES), big)), 255, "big.yaml", "is larger than the limit");
        assertOneLineError(run("parse-tree", "-r", big.toString()), 255, "big.yaml", "is larger than the limit");
        assertOneLineError(run("rulegen", "-t", big.toString()), 255, "big.yaml", "is larger than the limit");
        // A rules file that cannot be read is skipped, as the reference skips an unreadable one.
        CliRun rules = run(validate(big, write("good.yaml", "Resources: {}\n")));
        assertEquals(0, rules.exitCode(), rules.stderr());
        assertTrue(rules.stderr().contains("big.yaml is larger than the limit"), rules.stderr());
    }

    @Test
    void invalidUtf8IsTheReferencesReadError() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.write(bad, "Resources:\n  a: \"\u0000\"\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(bad);
        bytes[bytes.length - 3] = (byte) 0xFF;
        Files.write(bad, bytes);
        CliRun run = run(validate(write("r.guard", RULES), bad));
        assertEquals(255, run.exitCode());
        assertEquals("Error occurred I/O error when reading stream did not contain valid UTF-8\n", run.stderr());
    }

    @Test
    void aBinaryFileWithADataExtensionIsTheReferencesReadError() throws IOException {
        Path binary = dir.resolve("binary.json");
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Files.write(binary, bytes);
        CliRun run = run(validate(write("r.guard", RULES), binary));
        assertEquals(255, run.exitCode());
        assertEquals("Error occurred I/O error when reading stream did not contain valid UTF-8\n", run.stderr());
    }

    @Test
    void aDirectorySymlinkLoopEndsTheWalk() throws IOException {
        Path tree = dir.resolve("tree");
        write("tree/good.yaml", "Resources: {}\n");
        Files.createDirectories(tree.resolve("sub"));
        Files.createSymbolicLink(tree.resolve("sub/up"), tree);
        CliRun data = run(validate(write("r.guard", RULES), tree));
        assertEquals(0, data.exitCode(), data.stderr());

        write("rules/r.guard", RULES);
        write("rules/tests/r_test.yaml", "- input: {Resources: {}}\n  expectations:\n    rules:\n      r: PASS\n");
        Files.createSymbolicLink(dir.resolve("rules/tests/loop"), dir.resolve("rules"));
        CliRun tests = run("test", "-d", dir.resolve("rules").toString());
        assertEquals(0, tests.exitCode(), tests.stderr());
        assertTrue(tests.stdout().contains("r: Expected = PASS"), tests.stdout());
    }

    @Test
    void anUnreadableDataFileIsTheReferencesReadError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = write("locked.yaml", "Resources: {}\n");
        assumeFalse(!locked.toFile().setReadable(false, false) || Files.isReadable(locked), "cannot lock");
        CliRun run = run(validate(write("r.guard", RULES), locked));
        assertEquals(255, run.exitCode());
        assertEquals("Error occurred I/O error when reading Permission denied (os error 13)\n", run.stderr());
    }

    @Test
    void deeplyNestedRuleBlocksAreASyntaxError() throws IOException {
        Path rules = write("deep.guard", "rule deep { " + "when Resources exists { ".repeat(20_000)
                + "Resources exists" + " }".repeat(20_000) + " }\n");
        CliRun run = run(validate(rules, write("good.yaml", "Resources: {}\n")));
        assertEquals(5, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("deep.guard at line 1 column 1547: blocks, lists and calls nest deeper than 64"
                + " levels"), run.stderr());
        assertFalse(run.stderr().contains("\tat "));
    }

    @Test
    void deeplyNestedListsInRulesAreASyntaxError() throws IOException {
        Path rules = write("deep.guard", "let x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        CliRun run = run(validate(rules, write("good.yaml", "Resources: {}\n")));
        assertEquals(5, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("nest deeper than 64 levels"), run.stderr());
    }

    @Test
    void aHugeRulesFileIsAnsweredInBoundedTime() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append("rule r").append(i).append(" { Resources.a exists }\n");
        }
        CliRun run = run(validate(write("huge.guard", text.toString()), write("good.yaml", "Resources: {a: 1}\n")));
        assertEquals(0, run.exitCode(), run.stderr());
    }

    @Test
    void rulesThatReferToEachOtherInACycleStopWithOneLine() throws IOException {
        Path rules = write("cycle.guard", "rule a when b { Resources exists }\nrule b when a { Resources exists }\n");
        CliRun run = run(validate(rules, write("good.yaml", "Resources: {}\n")));
        // The reference overflows its stack (SIGSEGV); we name the cycle.
        assertOneLineError(run, 101, "rule b depends on itself through named-rule references: b -> a -> b");
    }

    @Test
    void parameterizedRulesThatRecurseStopAtTheDepthLimit() throws IOException {
        Path rules = write("calls.guard", "rule p(x) { p(%x) }\nrule r { p(Resources) }\n");
        CliRun run = run(validate(rules, write("good.yaml", "Resources: {}\n")));
        assertOneLineError(run, 101, "parameterized rule calls nest deeper than 100 levels at p");
    }

    @Test
    void aRegexThatExhaustsItsBudgetIsOneLine() throws IOException {
        Path rules = write("re.guard", "rule re { Resources.a == /^(?=a)(.*a){20}$/ }\n");
        CliRun run = run(validate(rules, write("re.yaml", "Resources: {a: \"" + "a".repeat(30) + "!\"}\n")));
        // The reference crashes on this pattern (exit 101); we report the budget.
        assertOneLineError(run, 101, "took more than 10000000 backtracking steps");
    }

    @Test
    void aBadLimitSettingIsOneLine() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LimitSettings.fromEnvironment(java.util.Map.of(LimitSettings.MAX_DEPTH, "0")));
        assertEquals("invalid value `0` for CFN_GUARD_MAX_DEPTH: expected a whole number from 1 to 2147483647",
                e.getMessage());
        assertEquals(LimitSettings.DEFAULT, LimitSettings.fromEnvironment(java.util.Map.of()));
        assertEquals(7, LimitSettings.fromEnvironment(java.util.Map.of(LimitSettings.MAX_RULE_NESTING, " 7 "))
                .maxRuleNesting());
    }
}
