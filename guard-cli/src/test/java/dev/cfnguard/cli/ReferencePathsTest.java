package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are those of Rust's {@code Path::parent} and {@code Path::file_name} on Unix. */
class ReferencePathsTest {

    @ParameterizedTest(name = "parent of \"{0}\" is \"{1}\"")
    @CsvSource(nullValues = "NONE", value = {
        "a/b/c, a/b",
        "a, ''",
        "/a, /",
        "/, NONE",
        "'', NONE",
        "a/b/, a",
        "a//b, a",
        "x//y/z, x//y",
        "./a, .",
        "a/./b, a",
        "../a, ..",
    })
    void parent(String path, String parent) {
        assertEquals(Optional.ofNullable(parent), ReferencePaths.parent(path));
    }

    @ParameterizedTest(name = "last component of \"{0}\" is \"{1}\"")
    @CsvSource({
        "rules/tests, tests",
        "rules/tests/, tests",
        "rules/tests/., tests",
        "tests, tests",
        "/, /",
    })
    void lastComponent(String path, String last) {
        assertEquals(last, ReferencePaths.lastComponent(path));
    }
}
