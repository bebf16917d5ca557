package dev.cfnguard.cli;

import dev.cfnguard.Guard;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} and {@code rulegen} end to end, against outputs recorded from the reference: the cases
 * are in {@code validate-golden/cases.txt}, their expected stdout and exit code in
 * {@code validate-golden/expected/} (exit code and whether stderr is empty in {@code NAME.exit}), recorded by
 * {@code validate-golden/record.sh}. Like the conformance harness, the comparison masks JUnit times and puts
 * the lists the reference prints in hash order (resource blocks, generic report lines, generated rule
 * clauses) in a canonical order.
 */
class ValidateGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/dev/cfnguard/cli/validate-golden");
    private static final Pattern RESOURCE_START = Pattern.compile("^Resource = .* \\{$");
    private static final Pattern JUNIT_TIME = Pattern.compile("time=\"[0-9]+\"");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheReference(String name, List<String> args, String stdinFile) throws IOException {
        String dir = DIR.toRealPath().toString();
        List<String> words = args.stream().map(word -> word.replace("@DIR@", dir)).toList();
        String stdin = stdinFile == null ? "" : Files.readString(Path.of(stdinFile.replace("@DIR@", dir)));
        CliRun run = CliRun.of(new CoreEvaluationEngine(Guard.create().commands()), stdin,
                words.toArray(String[]::new));

        String expected = Files.readString(DIR.resolve("expected/" + name + ".out"), StandardCharsets.UTF_8);
        String[] status = Files.readString(DIR.resolve("expected/" + name + ".exit")).trim().split(" ");
        int expectedExit = Integer.parseInt(status[0]);
        boolean expectedStderrEmpty = status[1].equals("empty");
        String actual = run.stdout().replace(dir, "@DIR@").replace(dir.substring(1), "@DIR@");
        assertAll(
                () -> assertEquals(expectedExit, run.exitCode(), "exit code; stderr: " + run.stderr()),
                () -> assertEquals(canonical(words, expected), canonical(words, actual), "stdout"),
                () -> assertEquals(expectedStderrEmpty, run.stderr().isEmpty(),
                        "stderr empty? stderr: " + run.stderr()));
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>(ShellWords.split(line));
            String name = words.remove(0);
            String stdin = null;
            if (words.size() > 1 && words.get(words.size() - 2).equals("<")) {
                stdin = words.remove(words.size() - 1);
                words.remove(words.size() - 1);
            }
            cases.add(Arguments.of(name, words, stdin));
        }
        return cases.stream();
    }

    /** The output with JUnit times masked and hash-ordered lists sorted, as the conformance harness does. */
    private static String canonical(List<String> args, String output) {
        String masked = JUNIT_TIME.matcher(output).replaceAll("time=\"0\"");
        if (args.get(0).equals("rulegen")) {
            return sortRuns(masked, line -> line.startsWith("  %"));
        }
        boolean plain = !args.contains("-o") && !args.contains("--output-format");
        return plain ? sortRuns(sortResourceBlocks(masked), ValidateGoldenTest::isGenericLine) : masked;
    }

    private static String sortResourceBlocks(String output) {
        String[] lines = output.split("\n", -1);
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!RESOURCE_START.matcher(lines[i]).matches()) {
                result.add(lines[i++]);
                continue;
            }
            List<String> blocks = new ArrayList<>();
            while (i < lines.length && RESOURCE_START.matcher(lines[i]).matches()) {
                int end = i + 1;
                while (end < lines.length && !lines[end].equals("}")) {
                    end++;
                }
                blocks.add(String.join("\n", List.of(lines).subList(i, Math.min(end + 1, lines.length))));
                i = end + 1;
            }
            blocks.sort(null);
            result.addAll(blocks);
        }
        return String.join("\n", result);
    }

    private static String sortRuns(String output, Predicate<String> inRun) {
        String[] lines = output.split("\n", -1);
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!inRun.test(lines[i])) {
                result.add(lines[i++]);
                continue;
            }
            List<String> run = new ArrayList<>();
            while (i < lines.length && inRun.test(lines[i])) {
                run.add(lines[i++]);
            }
            run.sort(null);
            result.addAll(run);
        }
        return String.join("\n", result);
    }

    private static boolean isGenericLine(String line) {
        return line.startsWith("Property ") || line.startsWith("Rule [");
    }
}
