package dev.cfnguard.internal.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.parse.GuardSyntaxException;
import dev.cfnguard.internal.parse.RulesParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the reference's {@code parse-tree} on every {@code .guard} and {@code .ruleset} file under a
 * directory and compares exit status and output with ours. Needs the reference binary, so it only
 * runs when {@code GUARD_ORACLE} (the binary) and {@code GUARD_CORPUS} (the directory) are set, e.g.
 * {@code GUARD_ORACLE=~/.cache/guard-oracle/3.1.1/cfn-guard GUARD_CORPUS=../shared/conformance/corpus}.
 */
@EnabledIfEnvironmentVariable(named = "GUARD_ORACLE", matches = ".+")
@EnabledIfEnvironmentVariable(named = "GUARD_CORPUS", matches = ".+")
class OracleDifferentialTest {

    static Stream<Path> rulesFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getenv("GUARD_CORPUS")))) {
            return files.filter(f -> f.toString().endsWith(".guard") || f.toString().endsWith(".ruleset"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesFiles")
    void sameAsReference(Path rules) throws IOException, InterruptedException {
        Reference yaml = reference(rules, false);
        Reference json = reference(rules, true);
        RulesFile file;
        try {
            file = RulesParser.parse(Files.readString(rules, StandardCharsets.UTF_8), "");
        } catch (GuardSyntaxException e) {
            assertEquals(yaml.status(), 255, "we reject what the reference accepts: " + e.getMessage());
            return;
        }
        assertEquals(0, yaml.status(), "we accept what the reference rejects");
        StringBuilder ours = new StringBuilder();
        ParseTreePrinter.writeYaml(file, ours);
        assertEquals(yaml.stdout(), ours.toString());
        ours.setLength(0);
        ParseTreePrinter.writeJson(file, ours);
        assertEquals(json.stdout(), ours.toString());
    }

    private record Reference(int status, String stdout) {}

    private static Reference reference(Path rules, boolean json) throws IOException, InterruptedException {
        List<String> command = json
                ? List.of(System.getenv("GUARD_ORACLE"), "parse-tree", "-r", rules.toString(), "-p")
                : List.of(System.getenv("GUARD_ORACLE"), "parse-tree", "-r", rules.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Reference(process.waitFor(), stdout);
    }
}
