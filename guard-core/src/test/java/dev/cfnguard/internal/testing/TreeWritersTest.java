package dev.cfnguard.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeWritersTest {

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
        assertEquals(written, YamlScalars.scalar(text, 0));
    }

    @Test
    void writesMultiLineTextAsLiteralBlock() {
        assertEquals("|-\n    multi\n    line", YamlScalars.scalar("multi\nline", 2));
    }

    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    @Test
    void writesBlockYamlAndPrettyJson() {
        Object tree = map("rule_file", "a.guard", "test_cases", List.of(
                map("name", "", "passed_rules", List.of(), "failed_rules",
                        List.of(map("name", "r", "expected", "PASS", "evaluated", List.of("FAIL"))),
                        "skipped_rules", List.of())));
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
                """, TreeWriters.yaml(tree));
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
                }""", TreeWriters.json(tree));
        assertEquals("[]\n", TreeWriters.yaml(List.of()));
        assertEquals("[]", TreeWriters.json(List.of()));
    }
}
