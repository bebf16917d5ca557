package dev.cfnguard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
import dev.cfnguard.ReportFormat;
import dev.cfnguard.Reports;
import dev.cfnguard.RuleSet;
import dev.cfnguard.ValidationResult;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One compiled rule set shared by many threads gives each document the result it gives sequentially. */
class ConcurrentEvaluationTest {

    private static final int DOCUMENTS = 400;
    private static final int THREADS = 8;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void concurrentResultsEqualSequentialResults() throws Exception {
        Guard guard = Guard.create();
        // Regexes (a shared compiled-pattern cache) and a filter let variable: the state worth racing on.
        RuleSet rules = guard.compile(GuardApiTest.RULES + """
                rule NAME_PATTERN when %buckets !empty {
                    %buckets.Properties.BucketName == /^[a-z]+-[0-9]+$/
                }
                """, "shared.guard");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String template = GuardApiTest.TEMPLATE
                    .replace("logs", i % 3 == 0 ? "logs-" + i : "Logs" + i)
                    .replace("Suspended", i % 2 == 0 ? "Enabled" : "Suspended");
            documents.add(guard.parseDocument(template, "t" + i + ".yaml"));
        }
        List<String> sequential = new ArrayList<>();
        for (Document document : documents) {
            sequential.add(describe(rules.evaluate(document)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (Document document : documents) {
                    futures.add(pool.submit(() -> describe(rules.evaluate(document))));
                }
                for (int i = 0; i < DOCUMENTS; i++) {
                    assertEquals(sequential.get(i), futures.get(i).get(), "document " + i + ", round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(sequential.stream().anyMatch(s -> s.contains("FAIL")));
        assertTrue(sequential.stream().anyMatch(s -> s.contains("\"PASS\"") || s.contains("PASS")));
    }

    private static String describe(ValidationResult result) {
        StringWriter report = new StringWriter();
        Reports.write(result, ReportFormat.JSON, report);
        return result.rules() + "\n" + report;
    }
}
