package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Random rules against random documents: the evaluation without records ({@link StatusEvaluator}, whose
 * shortcuts depend on the shape of each clause) must reach the recording evaluation's statuses or error.
 * The rules mix the shapes the shortcuts take (paths of keys, key filters tested for emptiness, {@code ==}
 * against literals) with their neighbours (negations, {@code some}, variables, filters, blocks, calls), and
 * the documents give them missing keys, keys in other spellings, nulls, lists and numbers where a map or a
 * string is expected. Seeded, so a failure repeats.
 */
class GeneratedRulesStatusTest {

    private static final DocumentLoader LOADER = DocumentLoader.withDefaultLimits();

    /** Keys of both the rules and the documents; the documents also spell some differently. */
    private static final String[] KEYS = {"Name", "Image", "User", "Drop", "Ref", "Fn::If", "Props"};
    private static final String[] DOCUMENT_ONLY_KEYS = {"name", "user_name", "Fn::Sub", "props", "imageId",
        "image_id"};
    /** A key found under another spelling fixes the spelling of the path's later keys ({@code ImageId}). */
    private static final String[] RULE_ONLY_KEYS = {"UserName", "props", "Missing", "ImageId"};
    private static final String[] OPERATORS = {"exists", "!exists", "empty", "!empty", "is_string", "is_list",
        "is_struct", "is_int", "is_bool", "is_null", "not exists", "not empty"};
    private static final String[] LITERALS = {"'app'", "'ALL'", "0", "1000", "true", "false", "/^(Ref|Fn::.+)$/",
        "/app/", "/^$/", "['ALL']", "['app', 'web']", "null", "'1000:1000'"};

    private final Random random = new Random(20261206);

    @Test
    void generatedRulesReachTheRecordedStatuses() throws Exception {
        List<Value> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            documents.add(LOADER.load(json(document()), "generated-" + i + ".json"));
        }
        int compared = 0;
        Set<String> outcomes = new TreeSet<>();
        for (int r = 0; r < 300; r++) {
            String rules = rulesFile();
            Evaluator evaluator = assertDoesNotThrow(() -> new Evaluator(RulesParser.parse(rules, "generated.guard"),
                    "generated.guard"), rules);
            for (Value document : documents) {
                Object recorded = outcome(evaluator, document, true);
                assertEquals(recorded, outcome(evaluator, document, false), () -> "rules:\n" + rules);
                outcomes.add(recorded instanceof String error ? error.substring(0, 16) : recorded.toString());
                compared++;
            }
        }
        assertEquals(12_000, compared);
        // Every status occurs, and some evaluations stop with an error, or the corpus tests little.
        for (String expected : List.of("PASS", "FAIL", "SKIP", "error")) {
            assertTrue(outcomes.stream().anyMatch(outcome -> outcome.contains(expected)), expected);
        }
    }

    @Test
    void aKeyFoundUnderAnotherSpellingFixesTheSpellingOfTheLaterKeys() throws Exception {
        // The reference agrees: r fails, s passes (cfn-guard 3.1.1 validate -S all).
        Evaluator evaluator = new Evaluator(RulesParser.parse(
                "rule r { UserName.ImageId exists }\nrule s { UserName.ImageName exists }\n", "spellings.guard"),
                "spellings.guard");
        Value document = LOADER.load("{\"user_name\": {\"imageId\": 1, \"image_name\": 2}}", "spellings.json");
        List<NamedStatus> expected = List.of(new NamedStatus("r", Status.FAIL, null),
                new NamedStatus("s", Status.PASS, null));
        assertEquals(expected, outcome(evaluator, document, true));
        assertEquals(expected, outcome(evaluator, document, false));
    }

    private static Object outcome(Evaluator evaluator, Value document, boolean recording) {
        try {
            return evaluator.evaluate(document, "data", recording).rules();
        } catch (EvaluationException e) {
            return "error " + e.kind() + ": " + e.getMessage();
        }
    }

    // ---- rules ----

    private String rulesFile() {
        StringBuilder rules = new StringBuilder();
        rules.append("let containers = Items[*]\n");
        rules.append("let text = ").append(pick("'app'", "'pp'", "1000")).append('\n');
        rules.append("let texts = ['app', 'web']\n");
        rules.append("let pattern = ").append(pick("/app/", "/^A/", "'app'")).append('\n');
        rules.append("let filtered = Items[ ").append(clause()).append(" ]\n");
        rules.append("let resources = Resources.*[ ").append(clause()).append('\n').append("    ").append(clause())
                .append(" ]\n");
        rules.append("rule check(value) {\n    %value ").append(pick(OPERATORS)).append("\n    ")
                .append(variableComparison("%value")).append("\n}\n");
        for (int i = 0; i < 3; i++) {
            rules.append("rule r").append(i);
            if (random.nextInt(4) == 0) {
                rules.append(" when ").append(clause());
            }
            rules.append(" {\n");
            int clauses = 1 + random.nextInt(4);
            for (int c = 0; c < clauses; c++) {
                rules.append("    ").append(ruleClause(i)).append('\n');
            }
            rules.append("}\n");
        }
        return rules.toString();
    }

    private String ruleClause(int rule) {
        return switch (random.nextInt(12)) {
            case 0 -> "%containers { " + clause() + " }";
            case 1 -> "Items[*] { " + clause() + "\n        " + clause() + " }";
            case 2 -> "when " + clause() + " { " + clause() + " }";
            case 3 -> "%filtered " + pick(OPERATORS);
            case 4 -> rule > 0 && random.nextBoolean() ? "r" + (rule - 1) : "Items[*] { check(" + argument() + ") }";
            case 5 -> clause() + " or " + clause();
            case 6 -> variableClause();
            case 7 -> pick("", "some ") + pick("Items[*].", "%containers.", "%containers[*].", "") + path()
                    + pick("[*]", "") + pick("", "", " !empty") + " { " + clause() + " }";
            case 8 -> "%filtered" + pick("", "[*]", ".Name") + pick("", " !empty", " not empty") + " { " + clause()
                    + " }";
            case 9 -> "%resources" + pick("", ".Name", ".Props") + pick(" !empty", " { " + clause() + " }",
                    " " + pick(OPERATORS));
            default -> "Items[*] { " + clause() + " }";
        };
    }

    /** One access clause on a key path, maybe with a key filter, maybe negated or with {@code some}. */
    private String clause() {
        String prefix = random.nextInt(6) == 0 ? "not " : "";
        String some = random.nextInt(6) == 0 ? "some " : "";
        String path = path();
        if (random.nextInt(4) == 0) {
            String comparison = random.nextInt(5) == 0 ? "in ['Ref', 'Name']"
                    : (random.nextInt(4) == 0 ? "!= " : "== ") + pick("/^(Ref|Fn::.+)$/", "/Name/", "/^$/");
            String filtered = (path.equals("this") || random.nextBoolean() ? "this" : path) + "[ keys " + comparison
                    + " ]";
            return prefix + some + filtered + " " + pick(OPERATORS);
        }
        if (random.nextBoolean()) {
            return prefix + some + path + " " + pick(OPERATORS);
        }
        return prefix + some + variableComparison(path);
    }

    /** A clause on variables: bound to a literal, to several values, followed by a path, or on the right. */
    private String variableClause() {
        String some = random.nextInt(4) == 0 ? "some " : "";
        return switch (random.nextInt(5)) {
            case 0 -> some + variableComparison(pick("%text", "%texts"));
            case 1 -> some + "%text " + pick("in", "not in") + " " + pick("['app', 'web']", "'app'", "%texts");
            case 2 -> some + path() + " " + pick("==", "!=") + " " + pick("%pattern", "%text", "%texts", "%containers");
            case 3 -> some + pick("%containers.", "%containers[*].") + path() + " " + pick(OPERATORS);
            default -> some + variableComparison(pick("%containers.", "%containers[*].") + path());
        };
    }

    private String variableComparison(String lhs) {
        return lhs + " " + pick("==", "!=", "==", "in", "not in", "<") + " " + pick(LITERALS);
    }

    /** {@code this}, or one to three keys (a few only in the rules or spelt otherwise), maybe indexed. */
    private String path() {
        if (random.nextInt(8) == 0) {
            return "this";
        }
        int length = random.nextInt(10) < 6 ? 1 : random.nextInt(4) > 0 ? 2 : 3;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String key = random.nextInt(5) == 0 ? pick(RULE_ONLY_KEYS) : pick(KEYS);
            path.append(i == 0 ? "" : ".").append(key.contains(":") ? "'" + key + "'" : key);
            if (random.nextInt(7) == 0) {
                path.append(pick("[0]", "[1]", "[-1]")); // [-1] is the second element, as the reference has it
            }
        }
        return path.toString();
    }

    /** A call's argument: a literal, or a path, which may not start with a quoted key (that reads as a string). */
    private String argument() {
        if (random.nextInt(4) == 0) {
            return pick(LITERALS);
        }
        String path = path();
        return path.startsWith("'") ? "User." + path : path;
    }

    // ---- documents ----

    /**
     * A document with a list of items and a map of resources, each mostly a map of some of the keys; values
     * nest a little.
     */
    private Object document() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            items.add(random.nextInt(12) == 0 ? value(2) : map(1));
        }
        java.util.Map<String, Object> resources = new java.util.LinkedHashMap<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            // Mostly maps; a list or a scalar among them is filtered otherwise.
            resources.put("R" + i, random.nextInt(10) == 0 ? value(2) : map(1));
        }
        return java.util.Map.of("Items", items, "Resources", random.nextInt(10) == 0 ? value(2) : resources);
    }

    private java.util.Map<String, Object> map(int depth) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            String key = random.nextInt(4) == 0 ? pick(DOCUMENT_ONLY_KEYS) : pick(KEYS);
            map.put(key, value(depth + 1));
        }
        return map;
    }

    private Object value(int depth) {
        int kind = random.nextInt(depth > 2 ? 6 : 9);
        return switch (kind) {
            case 0 -> pick("app", "ALL", "1000:1000", "root", "", "Ref");
            case 1 -> random.nextInt(3) == 0 ? 0 : 1000;
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> 1.5;
            case 5 -> pick("web", "app");
            case 6, 7 -> map(depth);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < random.nextInt(3); i++) {
                    list.add(value(depth + 1));
                }
                yield list;
            }
        };
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return '"' + text + '"';
        }
        if (value instanceof java.util.Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(json(k) + ": " + json(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(GeneratedRulesStatusTest::json).toList()) + "]";
        }
        return value.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
