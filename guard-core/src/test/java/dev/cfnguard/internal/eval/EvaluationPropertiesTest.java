package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import dev.cfnguard.internal.value.ValueJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of evaluation over the ECS rules pack and its sample templates (each in YAML and in JSON):
 * it is deterministic, concurrent use of one evaluator matches sequential use (with records and without),
 * and a document gives the same results whether it was written as YAML or as JSON.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EvaluationPropertiesTest {

    private static final java.nio.file.Path RULES = java.nio.file.Path.of("../rules/ecs");
    private static final java.nio.file.Path SAMPLES = java.nio.file.Path.of("../samples");
    private static final DocumentLoader LOADER = DocumentLoader.withDefaultLimits();

    private static List<Evaluator> evaluators;
    private static List<String> sampleNames;

    @BeforeAll
    static void load() throws IOException {
        evaluators = new ArrayList<>();
        for (java.nio.file.Path file : sorted(RULES, ".guard")) {
            String name = file.getFileName().toString();
            evaluators.add(new Evaluator(RulesParser.parse(Files.readString(file), name), name));
        }
        sampleNames = sorted(SAMPLES, ".yaml").stream()
                .map(file -> file.getFileName().toString().replace(".yaml", ""))
                .filter(name -> Files.exists(SAMPLES.resolve(name + ".json")))
                .toList();
        assertTrue(evaluators.size() >= 5 && sampleNames.size() >= 10, "the corpus went missing");
    }

    private static List<java.nio.file.Path> sorted(java.nio.file.Path dir, String extension) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static Value document(String sample, String extension) throws DocumentException {
        return LOADER.load(SAMPLES.resolve(sample + extension), sample + extension);
    }

    /**
     * Every rules file's outcome for one document: the result records (compared deeply by equals), or their
     * text without locations; an error counts as an outcome.
     */
    private static List<Object> outcomes(Value document, boolean withLocations) {
        List<Object> all = new ArrayList<>();
        for (Evaluator evaluator : evaluators) {
            try {
                EvaluationResult result = evaluator.evaluate(document, "data");
                all.add(withLocations ? result : String.valueOf(withoutLocations(result))
                        // Messages quote locations too.
                        .replaceAll("L:\\d+,C:\\d+", "L:_,C:_").replaceAll("line: \\d+, col: \\d+", "line: _, col: _"));
                // And without records, as RuleSet.evaluate runs (its compiled checks are shared by threads).
                all.add(evaluator.evaluate(document, "data", false).rules());
            } catch (EvaluationException e) {
                all.add("error: " + e.getMessage());
            }
        }
        return all;
    }

    @Test
    void evaluationIsDeterministic() throws DocumentException {
        for (String sample : sampleNames) {
            Value document = document(sample, ".yaml");
            assertEquals(outcomes(document, true), outcomes(document, true), sample);
            assertEquals(outcomes(document, true), outcomes(document(sample, ".yaml"), true), sample);
        }
    }

    @Test
    void concurrentEvaluationMatchesSequential() throws Exception {
        List<Value> documents = new ArrayList<>();
        for (String sample : sampleNames) {
            documents.add(document(sample, ".yaml"));
            documents.add(document(sample, ".json"));
        }
        List<List<Object>> sequential = new ArrayList<>();
        documents.forEach(document -> sequential.add(outcomes(document, true)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<Object>>> futures = new ArrayList<>();
                // Each round submits every document several times, so that threads share evaluators.
                for (int copy = 0; copy < 2; copy++) {
                    for (Value document : documents) {
                        futures.add(pool.submit(() -> outcomes(document, true)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertEquals(sequential.get(i % documents.size()), futures.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void yamlAndJsonOfOneDocumentGiveTheSameResults() throws DocumentException {
        // The JSON is written from the loaded YAML, so that both texts hold the same document (the samples'
        // own JSON twins use long-form intrinsic functions where the YAML uses short forms).
        for (String sample : sampleNames) {
            for (String extension : List.of(".yaml")) {
                Value loaded = document(sample, extension);
                Value fromJson = LOADER.load(ValueJson.pretty(loaded), sample + ".rewritten.json");
                // Compared as a boolean to keep a failure's message short; the sample names the document.
                boolean same = outcomes(loaded, false).equals(outcomes(fromJson, false));
                assertTrue(same, sample + extension + ": the YAML and JSON forms give different results");
            }
        }
    }

    /** A result tree without source locations (which differ between the YAML and the JSON text). */
    private static Object withoutLocations(Object node) {
        if (node == null || node instanceof Location) {
            return null;
        }
        if (node instanceof Path path) {
            return path.pointer();
        }
        if (node instanceof Record record) {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("@", record.getClass().getSimpleName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    shape.put(component.getName(), withoutLocations(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return shape;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(EvaluationPropertiesTest::withoutLocations).toList();
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> shape = new LinkedHashMap<>();
            map.forEach((key, value) -> shape.put(key, withoutLocations(value)));
            return shape;
        }
        return node;
    }
}
