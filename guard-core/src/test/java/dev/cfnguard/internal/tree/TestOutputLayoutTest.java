package dev.cfnguard.internal.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layouts of the test command's structured output, as the reference writes them. */
class TestOutputLayoutTest {

    // How the reference's YAML output writes test names (from cfn-guard test -o yaml on such names).
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Empty, SKIP                      | Empty, SKIP",
        "EC2 doesn't have it, FAIL        | EC2 doesn't have it, FAIL",
        "``                               | ''",
        "true                             | 'true'",
        "5                                | '5'",
        "- dash                           | '- dash'",
        "`caf\u00e9 #x`                   | 'café #x'",
        "`tab\there`                      | `\"tab\\there\"`",
        "limit of the emitter: yes        | 'limit of the emitter: yes'",
        "`it's`                           | it's",
    })
    void quotesScalarsLikeTheReference(String text, String written) {
        assertEquals(written + "\n", YamlWriter.write(new Node.Text(text)));
    }

    @Test
    void writesMultiLineTextAsLiteralBlock() {
        assertEquals("- k: |-\n    multi\n    line\n",
                YamlWriter.write(list(map("k", "multi\nline"))));
    }

    private static Node map(Object... entries) {
        Node.MappingBuilder map = Node.mapping();
        for (int i = 0; i < entries.length; i += 2) {
            Object value = entries[i + 1];
            map.put((String) entries[i], value instanceof String text ? new Node.Text(text) : (Node) value);
        }
        return map.build();
    }

    private static Node list(Object... items) {
        return new Node.Sequence(List.of(items).stream()
                .map(item -> item instanceof String text ? new Node.Text(text) : (Node) item).toList());
    }

    private static String json(Node node) {
        StringBuilder out = new StringBuilder();
        JsonWriter.write(node, out);
        return out.toString();
    }

    @Test
    void writesBlockYamlAndPrettyJson() {
        Node tree = map("rule_file", "a.guard", "test_cases", list(
                map("name", "", "passed_rules", list(), "failed_rules",
                        list(map("name", "r", "expected", "PASS", "evaluated", list("FAIL"))),
                        "skipped_rules", list())));
        assertEquals("""
                rule_file: a.guard
                test_cases:
                - name: ''
                  passed_rules: []
                  failed_rules:
                  - name: r
                    expected: PASS
                    evaluated:
                    - FAIL
                  skipped_rules: []
                """, YamlWriter.write(tree));
        assertEquals("""
                {
                  "rule_file": "a.guard",
                  "test_cases": [
                    {
                      "name": "",
                      "passed_rules": [],
                      "failed_rules": [
                        {
                          "name": "r",
                          "expected": "PASS",
                          "evaluated": [
                            "FAIL"
                          ]
                        }
                      ],
                      "skipped_rules": []
                    }
                  ]
                }""", json(tree));
        assertEquals("[]\n", YamlWriter.write(list()));
        assertEquals("[]", json(list()));
    }
}
