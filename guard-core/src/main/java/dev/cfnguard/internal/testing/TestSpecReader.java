package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.SerdeYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a test file: a list of {@code {name, input, expectations: {rules: {NAME: STATUS}}}}. Like the
 * reference, it tries YAML first and then JSON, and reports the JSON reader's error when both fail.
 * Stateless.
 */
final class TestSpecReader {
    private TestSpecReader() {}

    /** The file does not hold a list of test specs; the message is the JSON reader's error. */
    static final class SpecFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        SpecFormatException(String message) {
            super(message);
        }
    }

    private static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;

        ShapeException() {
            super(null, null, false, false);
        }
    }

    static List<TestSpec> read(String content) throws SpecFormatException {
        try {
            return fromYaml(SerdeYaml.parse(content));
        } catch (SerdeYaml.SyntaxException | ShapeException e) {
            return JsonSpecReader.read(content);
        }
    }

    private static List<TestSpec> fromYaml(SerdeYaml.Node document) throws ShapeException {
        if (document instanceof SerdeYaml.Scalar scalar && scalar.value() == null && scalar.text().isEmpty()) {
            return List.of();
        }
        if (!(document instanceof SerdeYaml.Sequence sequence)) {
            throw new ShapeException();
        }
        List<TestSpec> specs = new ArrayList<>();
        for (SerdeYaml.Node element : sequence.elements()) {
            specs.add(spec(element));
        }
        return specs;
    }

    private static TestSpec spec(SerdeYaml.Node node) throws ShapeException {
        if (!(node instanceof SerdeYaml.Mapping mapping)) {
            throw new ShapeException();
        }
        String name = null;
        boolean hasName = false;
        SerdeYaml.Node input = null;
        Map<String, String> expectations = null;
        for (Map.Entry<SerdeYaml.Node, SerdeYaml.Node> entry : mapping.entries()) {
            switch (keyText(entry.getKey())) {
                case "name" -> {
                    if (hasName) {
                        throw new ShapeException();
                    }
                    hasName = true;
                    name = optionalString(entry.getValue());
                }
                case "input" -> {
                    if (input != null) {
                        throw new ShapeException();
                    }
                    input = entry.getValue();
                }
                case "expectations" -> {
                    if (expectations != null) {
                        throw new ShapeException();
                    }
                    expectations = expectations(entry.getValue());
                }
                default -> {
                    // unknown fields are ignored
                }
            }
        }
        if (input == null || expectations == null) {
            throw new ShapeException();
        }
        return new TestSpec(name, input, expectations);
    }

    private static String keyText(SerdeYaml.Node key) throws ShapeException {
        if (key instanceof SerdeYaml.Scalar scalar) {
            return scalar.text();
        }
        throw new ShapeException();
    }

    private static String optionalString(SerdeYaml.Node node) throws ShapeException {
        if (node instanceof SerdeYaml.Scalar scalar) {
            return scalar.value() == null ? null : scalar.text();
        }
        throw new ShapeException();
    }

    private static Map<String, String> expectations(SerdeYaml.Node node) throws ShapeException {
        if (!(node instanceof SerdeYaml.Mapping mapping)) {
            throw new ShapeException();
        }
        Map<String, String> rules = null;
        for (Map.Entry<SerdeYaml.Node, SerdeYaml.Node> entry : mapping.entries()) {
            if (!keyText(entry.getKey()).equals("rules")) {
                continue;
            }
            if (rules != null || !(entry.getValue() instanceof SerdeYaml.Mapping ruleMap)) {
                throw new ShapeException();
            }
            rules = new LinkedHashMap<>();
            for (Map.Entry<SerdeYaml.Node, SerdeYaml.Node> rule : ruleMap.entries()) {
                if (!(rule.getValue() instanceof SerdeYaml.Scalar status)) {
                    throw new ShapeException();
                }
                rules.put(keyText(rule.getKey()), status.text());
            }
        }
        if (rules == null) {
            throw new ShapeException();
        }
        return rules;
    }
}
