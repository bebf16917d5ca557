package dev.cfnguard.internal.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every input under {@code documents/data} (data files) and {@code documents/tests} (test files) loads
 * to its {@code .expected} text: all node and key paths, locations and values, or the error. The
 * expectations were checked against the reference (see the README beside them).
 */
class DocumentLoaderGoldenTest {

    static Stream<Path> dataFiles() throws IOException {
        return Golden.inputs("data");
    }

    static Stream<Path> testFiles() throws IOException {
        return Golden.inputs("tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFiles")
    void dataFileLoadsAsTheReferenceReadsIt(Path input) throws IOException {
        assertEquals(expected(input), Golden.dataOutcome(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testFiles")
    void testFileLoadsAsTheReferenceReadsIt(Path input) throws IOException {
        assertEquals(expected(input), Golden.testFileOutcome(input));
    }

    private static String expected(Path input) throws IOException {
        return Files.readString(Golden.expectedFile(input), StandardCharsets.UTF_8);
    }
}
