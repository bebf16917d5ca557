package dev.cfnguard.internal.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.parse.RulesParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares our parse-tree output with the reference's, saved next to each rules file (see README). */
class ParseTreeGoldenTest {

    static Stream<Path> rulesFiles() throws IOException, URISyntaxException {
        Path directory = Path.of(ParseTreeGoldenTest.class.getResource("/parse-tree").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".guard")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesFiles")
    void yamlMatchesReference(Path rules) throws IOException {
        StringBuilder out = new StringBuilder();
        ParseTreePrinter.writeYaml(parse(rules), out);
        assertEquals(golden(rules, ".yaml"), out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesFiles")
    void jsonMatchesReference(Path rules) throws IOException {
        StringBuilder out = new StringBuilder();
        ParseTreePrinter.writeJson(parse(rules), out);
        assertEquals(golden(rules, ".json"), out.toString());
    }

    private static RulesFile parse(Path rules) throws IOException {
        return RulesParser.parse(Files.readString(rules, StandardCharsets.UTF_8), "");
    }

    private static String golden(Path rules, String extension) throws IOException {
        String name = rules.getFileName().toString().replace(".guard", extension);
        return Files.readString(rules.resolveSibling(name), StandardCharsets.UTF_8);
    }
}
