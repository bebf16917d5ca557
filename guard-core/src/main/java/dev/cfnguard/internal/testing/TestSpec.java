package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.SerdeYaml;
import java.util.Map;

/**
 * One test case of a test file: an optional name, the input document (converted to a value only when the
 * case runs, as the reference does) and the expected status per rule name.
 */
public record TestSpec(String name, SerdeYaml.Node input, Map<String, String> expectations) {
    public TestSpec {
        expectations = Map.copyOf(expectations);
    }
}
