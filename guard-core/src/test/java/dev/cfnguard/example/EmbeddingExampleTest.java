package dev.cfnguard.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's embedding example is this package's {@link ValidateTemplates}, and it works. */
class EmbeddingExampleTest {

    private static final Path ROOT = Path.of("..");
    private static final Path EXAMPLE = Path.of("src/test/java/dev/cfnguard/example/ValidateTemplates.java");

    @Test
    void readmeShowsTheExampleAsItIs() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String embedding = readme.substring(readme.indexOf("## Embedding"));
        int start = embedding.indexOf("```java\n") + "```java\n".length();
        String shown = embedding.substring(start, embedding.indexOf("```", start));
        assertEquals(Files.readString(EXAMPLE), shown);
    }

    @Test
    void examplePrintsTheFailuresOfASampleTemplate() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ValidateTemplates.main(new String[] {
                ROOT.resolve("rules/ecs/ecs_no_privileged_containers.guard").toString(),
                ROOT.resolve("samples/privileged_task.yaml").toString(),
                ROOT.resolve("samples/compliant_fargate_service.yaml").toString()});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("privileged_task.yaml: FAIL\n"), output);
        assertTrue(output.contains("  line 30, column 23: ECS_NO_PRIVILEGED_CONTAINERS: Violation: the container runs"
                + " privileged"), output);
        assertTrue(output.contains("compliant_fargate_service.yaml: PASS\n"), output);
    }
}
