package dev.cfnguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
import dev.cfnguard.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workloads are what their names promise against the three ECS rules, in both notations. */
class TemplatesTest {

    private static final Guard GUARD = Guard.create();
    private static final List<RuleSet> RULES = EcsRules.ruleSets(GUARD);

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void allPassTemplatePassesEveryRule(DocumentFormat format) {
        Document document = load(Templates.ecsTaskDefinitions(7, Templates.Compliance.ALL_PASS), format);
        for (RuleSet rules : RULES) {
            assertEquals(Status.PASS, rules.evaluate(document).status());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void halfFailTemplateFailsEveryRule(DocumentFormat format) {
        // One task definition is enough to fail: the even-numbered ones break the rules.
        for (int size : new int[] {1, 6}) {
            Document document = load(Templates.ecsTaskDefinitions(size, Templates.Compliance.HALF_FAIL), format);
            for (RuleSet rules : RULES) {
                assertEquals(Status.FAIL, rules.evaluate(document).status(), "size " + size);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void eachBreakingTaskDefinitionFailsEachRule(DocumentFormat format) {
        for (boolean breaks : new boolean[] {false, true}) {
            Document document = load(Templates.singleTaskDefinition(3, breaks), format);
            for (RuleSet rules : RULES) {
                assertEquals(breaks ? Status.FAIL : Status.PASS, rules.evaluate(document).status());
            }
        }
    }

    @Test
    void yamlAndJsonCarryTheSameTemplate() {
        Map<String, Object> template = Templates.mixed(40, 3);
        String yaml = DocumentFormat.YAML.render(template);
        String json = DocumentFormat.JSON.render(template);
        // Same resources in both, by the loader's reading rather than by text.
        Document fromYaml = GUARD.parseDocument(yaml, "t.yaml");
        Document fromJson = GUARD.parseDocument(json, "t.json");
        assertEquals(40, resources(fromYaml).size());
        assertEquals(resources(fromYaml).keySet(), resources(fromJson).keySet());
        assertTrue(yaml.contains("Type: AWS::S3::Bucket\n"), "resource types are plain scalars");
        assertTrue(yaml.contains("!Ref KeyArn"), "intrinsics in short form");
        assertTrue(json.contains("\"Ref\": \"KeyArn\""), "intrinsics as objects");
    }

    @Test
    void mixedTemplateIsDeterministic() {
        assertEquals(DocumentFormat.YAML.render(Templates.mixed(30, 9)), DocumentFormat.YAML.render(Templates.mixed(30, 9)));
    }

    @Test
    void generatorWritesEveryWorkload(@TempDir Path out) throws IOException {
        List<Path> written = WorkloadGenerator.write(
                WorkloadGenerator.parse(new String[] {"--out", out.toString(), "--sizes", "2", "--many", "3",
                        "--mixed", "12"}));
        assertEquals(List.of("ecs-2-pass.yaml", "ecs-2-pass.json", "ecs-2-fail.yaml", "ecs-2-fail.json", "many",
                "mixed-12.yaml", "mixed-12.json"), written.stream().map(p -> p.getFileName().toString()).toList());
        try (var files = Files.list(out.resolve("many"))) {
            assertEquals(List.of("ecs-0.yaml", "ecs-1.yaml", "ecs-2.yaml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static Document load(Map<String, Object> template, DocumentFormat format) {
        return GUARD.parseDocument(format.render(template), "template." + format.extension());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(Document document) {
        return (Map<String, Object>) ((Map<String, Object>) document.toJava()).get("Resources");
    }
}
