package dev.cfnguard.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cfnguard.internal.eval.SerdeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestSpecReaderTest {

    static Stream<Arguments> rejectedFiles() throws IOException {
        try (InputStream in = TestSpecReaderTest.class.getResourceAsStream("/testing/spec-errors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> {
                        int arrow = line.indexOf(" => ");
                        return Arguments.of(line.substring(0, arrow).replace("\\n", "\n"), line.substring(arrow + 4));
                    })
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("rejectedFiles")
    void reportsTheReferenceJsonError(String content, String message) {
        TestSpecReader.SpecFormatException e =
                assertThrows(TestSpecReader.SpecFormatException.class, () -> TestSpecReader.read(content));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsYamlSpecsLeniently() throws Exception {
        List<TestSpec> specs = TestSpecReader.read("""
                - name: 5
                  input: {a: 1}
                  expectations:
                    rules:
                      r: PASS
                      q: 5
                - input: ~
                  expectations: {rules: {}}
                  other: ignored
                """);
        assertEquals(2, specs.size());
        assertEquals("5", specs.get(0).name());
        assertEquals(Map.of("r", "PASS", "q", "5"), specs.get(0).expectations());
        assertNull(specs.get(1).name());
        assertEquals(new SerdeYaml.Scalar(null, "~"), specs.get(1).input());
    }

    @Test
    void anEmptyFileHasNoSpecs() throws Exception {
        assertEquals(List.of(), TestSpecReader.read(""));
        assertEquals(List.of(), TestSpecReader.read("# only a comment\n"));
    }

    @Test
    void fallsBackToJsonWhenYamlRejectsIt() throws Exception {
        // A tab before a key is not valid YAML indentation but is JSON whitespace.
        List<TestSpec> specs = TestSpecReader.read("[{\"name\": \"t\",\n\t\"input\": {}, \"expectations\": {\"rules\": {\"r\": \"SKIP\"}}}]");
        assertEquals("t", specs.get(0).name());
    }
}
