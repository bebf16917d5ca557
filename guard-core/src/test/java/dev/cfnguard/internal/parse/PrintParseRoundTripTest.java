package dev.cfnguard.internal.parse;

import dev.cfnguard.internal.ast.RulesFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Printing an AST as Guard source and parsing that again gives the same AST, source locations aside; the
 * printed form is a fixed point. Over every rules file among our test resources that parses (the
 * parse-tree cases, the rules pack, the rules fuzzer's seeds) and a few written for the printer.
 */
class PrintParseRoundTripTest {

    private static final String NAME = "file.guard";

    static Stream<Path> rulesFiles() throws IOException {
        List<Path> roots = List.of(Path.of("src/test/resources/parse-tree"),
                Path.of("src/test/resources/dev/cfnguard/internal/fuzz/RulesParserFuzzTestInputs"),
                Path.of("src/test/resources/printer"), Path.of("../rules/ecs"));
        Stream<Path> all = Stream.empty();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    all = Stream.concat(all, walk.filter(Files::isRegularFile).sorted().toList().stream());
                }
            }
        }
        return all.filter(PrintParseRoundTripTest::parses);
    }

    private static boolean parses(Path file) {
        try {
            RulesParser.parse(Files.readString(file), NAME);
            return true;
        } catch (GuardSyntaxException | IOException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesFiles")
    void printThenParseGivesTheSameAst(Path file) throws IOException {
        RulesFile original = RulesParser.parse(Files.readString(file), NAME);
        String printed = GuardSourcePrinter.print(original, NAME);
        RulesFile reparsed;
        try {
            reparsed = RulesParser.parse(printed, NAME);
        } catch (GuardSyntaxException e) {
            throw new AssertionError(e.getMessage() + " in:\n" + printed, e);
        }
        assertEquals(AstShape.of(original), AstShape.of(reparsed), printed);
        assertEquals(printed, GuardSourcePrinter.print(reparsed, NAME));
    }

    @org.junit.jupiter.api.Test
    void theCorpusIsNotEmptyAndTheConstructsFileParses() throws IOException {
        assertTrue(rulesFiles().count() > 50);
        assertTrue(parses(Path.of("src/test/resources/printer/constructs.guard")));
    }
}
