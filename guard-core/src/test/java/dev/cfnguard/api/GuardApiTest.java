package dev.cfnguard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfnguard.ClauseFailure;
import dev.cfnguard.Document;
import dev.cfnguard.DocumentFormat;
import dev.cfnguard.Guard;
import dev.cfnguard.GuardDocumentException;
import dev.cfnguard.GuardEvaluationException;
import dev.cfnguard.GuardException;
import dev.cfnguard.GuardSyntaxException;
import dev.cfnguard.Limits;
import dev.cfnguard.RuleResult;
import dev.cfnguard.RuleSet;
import dev.cfnguard.Status;
import dev.cfnguard.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API as an application uses it: only {@code dev.cfnguard} types. */
class GuardApiTest {

    static final String RULES = """
            let buckets = Resources.*[ Type == 'AWS::S3::Bucket' ]
            rule VERSIONED when %buckets !empty {
                %buckets.Properties.VersioningConfiguration.Status == 'Enabled'
                    << Buckets must keep versions >>
            }
            rule NAMED when %buckets !empty {
                %buckets.Properties.BucketName exists
            }
            rule NO_QUEUES when Resources.*[ Type == 'AWS::SQS::Queue' ] !empty {
                Resources.*[ Type == 'AWS::SQS::Queue' ].Properties.KmsMasterKeyId exists
            }
            """;

    static final String TEMPLATE = """
            Resources:
              Logs:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: logs
                  VersioningConfiguration:
                    Status: Suspended
            """;

    private final Guard guard = Guard.create();

    @Test
    void failuresCarryRuleClausePathPositionValuesAndMessage() {
        RuleSet rules = guard.compile(RULES, "s3.guard");
        ValidationResult result = rules.evaluate(guard.parseDocument(TEMPLATE, "template.yaml"));

        assertEquals(Status.FAIL, result.status());
        assertEquals(List.of("VERSIONED", "NAMED", "NO_QUEUES"), rules.ruleNames());
        assertEquals(List.of(Status.FAIL, Status.PASS, Status.SKIP),
                result.rules().stream().map(RuleResult::status).toList());
        ClauseFailure failure = result.rule("VERSIONED").orElseThrow().failures().get(0);
        assertEquals("VERSIONED", failure.rule());
        assertEquals("/Resources/Logs/Properties/VersioningConfiguration/Status", failure.path());
        assertEquals(7, failure.line());
        assertEquals(17, failure.column());
        assertEquals("\"Suspended\"", failure.actual().orElseThrow());
        assertEquals("\"Enabled\"", failure.expected().orElseThrow());
        assertEquals("Buckets must keep versions", failure.customMessage().orElseThrow());
        assertTrue(failure.clause().contains("VersioningConfiguration.Status"), failure.clause());
        assertEquals(List.of(failure), result.failures());
    }

    @Test
    void syntaxErrorsListEveryDiagnosticWithPosition() {
        GuardSyntaxException e = assertThrows(GuardSyntaxException.class,
                () -> guard.compile("rule r {\n  Resources.* == \n}\n", "bad.guard"));
        GuardSyntaxException.Diagnostic first = e.diagnostics().get(0);
        assertEquals("bad.guard", first.fileName());
        assertEquals(3, first.line()); // where the value was due: the closing brace
        assertTrue(first.column() > 0);
        assertTrue(e.getMessage().contains("bad.guard"), e.getMessage());
        assertTrue(e instanceof GuardException);
    }

    @Test
    void documentErrorsNameTheDocumentAndPosition() {
        GuardDocumentException e = assertThrows(GuardDocumentException.class,
                () -> guard.parseDocument("a: 1\nb: [1, 2\n", "broken.yaml"));
        assertEquals("broken.yaml", e.documentName());
        assertTrue(e.line().isPresent());
        assertTrue(e.getMessage().startsWith("broken.yaml:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void statedJsonRefusesWhatOnlyYamlAccepts() {
        String json = "{\n  \"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}\n}";
        Document strict = guard.parseDocument(json, "t.json", DocumentFormat.JSON);
        assertEquals(guard.parseDocument(json, "t.json").toJava(), strict.toJava());
        GuardDocumentException e = assertThrows(GuardDocumentException.class,
                () -> guard.parseDocument("{\n  Resources: {}\n}", "t.json", DocumentFormat.JSON));
        assertEquals(2, e.line().orElseThrow());
        assertTrue(e.getMessage().startsWith("t.json:2:"), e.getMessage());
        assertThrows(GuardDocumentException.class,
                () -> guard.parseDocument("{} // trailing comment", "t.json", DocumentFormat.JSON));
        assertThrows(GuardDocumentException.class, () -> guard.parseDocument("{} {}", "t.json", DocumentFormat.JSON));
        // YAML reading takes all three.
        guard.parseDocument("{\n  Resources: {}\n}", "t.json");
    }

    @Test
    void everySourceOfRulesAndDocumentsGivesTheSameOutcome(@TempDir Path dir) throws Exception {
        Path rulesFile = Files.writeString(dir.resolve("s3.guard"), RULES);
        Path templateFile = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        List<RuleSet> ruleSets = List.of(guard.compile(RULES, "s3.guard"), guard.compile(rulesFile),
                guard.compile(new StringReader(RULES), "s3.guard"));
        Object tree = new ObjectMapper().readValue(
                "{\"Resources\":{\"Logs\":{\"Type\":\"AWS::S3::Bucket\",\"Properties\":{\"BucketName\":\"logs\","
                        + "\"VersioningConfiguration\":{\"Status\":\"Suspended\"}}}}}", Map.class);
        List<Document> documents = List.of(guard.parseDocument(TEMPLATE, "t"), guard.loadDocument(templateFile),
                guard.loadDocument(new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t"),
                guard.document(tree, "t"), guard.document(new ObjectMapper().valueToTree(tree), "t"));
        for (RuleSet rules : ruleSets) {
            for (Document document : documents) {
                ValidationResult result = rules.evaluate(document);
                assertEquals(List.of(Status.FAIL, Status.PASS, Status.SKIP),
                        result.rules().stream().map(RuleResult::status).toList(), document + " " + rules);
                assertEquals("/Resources/Logs/Properties/VersioningConfiguration/Status",
                        result.failures().get(0).path());
            }
        }
        assertEquals(tree, guard.parseDocument(TEMPLATE, "t").toJava());
        // A tree has no text, so no line numbers.
        assertEquals(0, ruleSets.get(0).evaluate(guard.document(tree, "t")).failures().get(0).line());
    }

    @Test
    void inputParametersAreMergedIntoTheDocument() {
        RuleSet rules = guard.compile("rule ENV { Environment == 'prod' }", "env.guard");
        Document template = guard.parseDocument("Resources: {}\n", "t.yaml");
        assertEquals(Status.FAIL, rules.evaluate(template).status());
        assertEquals(Status.PASS,
                rules.evaluate(template, guard.parseDocument("Environment: prod\n", "params.yaml")).status());
        assertThrows(GuardDocumentException.class,
                () -> rules.evaluate(template, guard.parseDocument("Resources: {}\n", "params.yaml")));
    }

    @Test
    void registeredJavaFunctionsExtendTheLanguage() {
        String rules = """
                let lengths = string_length(Resources.*.Properties.BucketName)
                rule SHORT_NAMES { %lengths <= 5 }
                """;
        assertThrows(GuardEvaluationException.class,
                () -> guard.compile(rules, "f.guard").evaluate(guard.parseDocument(TEMPLATE, "t")));
        Guard extended = Guard.builder()
                .function("string_length", 1, arguments -> arguments.get(0).stream()
                        .map(value -> ((String) value).length()).toList())
                .build();
        assertEquals(Status.PASS, extended.compile(rules, "f.guard").evaluate(
                extended.parseDocument(TEMPLATE, "t")).status());
        assertEquals(Status.FAIL, extended.compile(rules, "f.guard").evaluate(
                extended.parseDocument(TEMPLATE.replace("logs", "access-logs"), "t")).status());

        assertThrows(IllegalArgumentException.class, () -> Guard.builder().function("count", 1, a -> List.of()));
        assertThrows(IllegalArgumentException.class, () -> Guard.builder().function("not a name", 1, a -> List.of()));
        Guard failing = Guard.builder().function("boom", 1, a -> {
            throw new IllegalStateException("no");
        }).build();
        GuardEvaluationException e = assertThrows(GuardEvaluationException.class,
                () -> failing.compile("let x = boom(Name)\nrule R { %x exists }", "b.guard")
                        .evaluate(failing.parseDocument("{}", "t")));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void limitsApplyToEveryWayOfLoading() {
        Guard strict = Guard.builder().limits(Limits.defaults().withMaxDocumentBytes(64).withMaxDepth(3)).build();
        String big = "a: " + "x".repeat(100) + "\n";
        assertThrows(GuardDocumentException.class, () -> strict.parseDocument(big, "big.yaml"));
        assertThrows(GuardDocumentException.class, () -> strict.loadDocument(
                new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "big.yaml"));
        assertThrows(GuardDocumentException.class, () -> strict.parseDocument("a: {b: {c: {d: 1}}}\n", "deep.yaml"));
        assertThrows(GuardDocumentException.class,
                () -> strict.document(Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1)))), "deep"));
        assertEquals(64, strict.limits().maxDocumentBytes());
        assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxDepth(0));
    }

    @Test
    void aRegexOverItsBudgetEndsTheEvaluationWithAnError() {
        Guard tight = Guard.builder().limits(Limits.defaults().withRegexStepBudget(1_000)).build();
        // A backreference needs the backtracking engine, which runs on the budget.
        RuleSet rules = tight.compile("rule R { Name == /^(a+)+\\1b$/ }", "r.guard");
        Document document = tight.parseDocument("Name: " + "a".repeat(40) + "c\n", "t.yaml");
        assertThrows(GuardEvaluationException.class, () -> rules.evaluate(document));
    }
}
