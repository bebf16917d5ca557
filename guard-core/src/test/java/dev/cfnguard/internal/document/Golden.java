package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.ValueJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Golden outputs for the data-driven loader tests: what {@link DocumentLoader} and {@link TestFileLoader}
 * make of each input under {@code src/test/resources/documents}, as text. {@link #main} rewrites the
 * {@code .expected} files; see the README there for how they were checked against the reference.
 */
final class Golden {

    static final Path ROOT = Path.of("src/test/resources/documents");
    private static final List<String> INPUT_SUFFIXES = List.of(".yaml", ".yml", ".json");

    private Golden() {
    }

    static Stream<Path> inputs(String folder) throws IOException {
        return Files.list(ROOT.resolve(folder))
                .filter(p -> INPUT_SUFFIXES.stream().anyMatch(s -> p.getFileName().toString().endsWith(s)))
                .sorted();
    }

    static Path expectedFile(Path input) {
        return input.resolveSibling(input.getFileName() + ".expected");
    }

    /** The data loader's result for a file, as golden text. */
    static String dataOutcome(Path input) {
        try {
            return TreeDump.render(DocumentLoader.withDefaultLimits().load(input, input.getFileName().toString()));
        } catch (DocumentException e) {
            return "error " + e.kind() + " panics=" + e.referencePanics() + "\n" + e.getMessage() + "\n";
        }
    }

    /** The test-file loader's result for a file, as golden text. */
    static String testFileOutcome(Path input) throws IOException {
        StringBuilder out = new StringBuilder();
        try {
            List<TestCase> cases = TestFileLoader.withDefaultLimits().load(input, input.getFileName().toString());
            int number = 0;
            for (TestCase testCase : cases) {
                out.append("case ").append(++number).append(" name=");
                if (testCase.name().isPresent()) {
                    ValueJson.appendString(testCase.name().get(), out);
                } else {
                    out.append("none");
                }
                out.append(" rules=");
                for (Map.Entry<String, String> rule : testCase.expectedRules().entrySet()) {
                    out.append(rule.getKey()).append(':').append(rule.getValue()).append(';');
                }
                out.append('\n');
                try {
                    out.append(TreeDump.render(testCase.input()));
                } catch (DocumentException e) {
                    out.append("input error ").append(e.kind()).append(": ").append(e.getMessage()).append('\n');
                }
            }
            return out.toString();
        } catch (DocumentException e) {
            return "error " + e.kind() + "\n" + e.getMessage() + "\n";
        }
    }

    /** Rewrites every golden file (run from the guard-core folder). */
    public static void main(String[] args) throws IOException {
        for (Path input : (Iterable<Path>) inputs("data")::iterator) {
            Files.writeString(expectedFile(input), dataOutcome(input), StandardCharsets.UTF_8);
        }
        for (Path input : (Iterable<Path>) inputs("tests")::iterator) {
            Files.writeString(expectedFile(input), testFileOutcome(input), StandardCharsets.UTF_8);
        }
    }
}
