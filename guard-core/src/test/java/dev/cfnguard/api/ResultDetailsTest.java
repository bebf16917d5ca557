package dev.cfnguard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
import dev.cfnguard.Status;
import dev.cfnguard.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A result settles its statuses in one evaluation and builds failures and reports on first use, with one
 * more evaluation at most. A registered function counts the evaluations: the rules call it once in each.
 */
class ResultDetailsTest {

    private final AtomicInteger evaluations = new AtomicInteger();
    private final Guard guard = Guard.builder()
            .function("counted", 1, arguments -> {
                evaluations.incrementAndGet();
                return arguments.get(0);
            })
            .build();
    private final RuleSet rules = guard.compile("""
            let names = counted(Resources.*.Properties.BucketName)
            rule SHORT_NAMES { %names == /^.{1,5}$/ << names of five characters at most >> }
            """, "counted.guard");

    @Test
    void statusesAloneTakeOneEvaluation() {
        ValidationResult result = rules.evaluate(template("logs-archive"));
        assertEquals(Status.FAIL, result.status());
        assertEquals(1, evaluations.get());
    }

    @Test
    void failuresTakeOneMoreEvaluationOnce() {
        ValidationResult result = rules.evaluate(template("logs-archive"));
        assertEquals(1, result.failures().size());
        assertEquals("names of five characters at most", result.failures().get(0).customMessage().orElseThrow());
        assertEquals(Status.FAIL, result.rule("SHORT_NAMES").orElseThrow().status());
        assertSame(result.rules(), result.rules());
        assertEquals(2, evaluations.get());
    }

    @Test
    void aResultWithoutFailuresNeedsNoSecondEvaluation() {
        ValidationResult result = rules.evaluate(template("logs"));
        assertEquals(List.of(), result.failures());
        assertEquals(Status.PASS, result.rules().get(0).status());
        assertEquals(1, evaluations.get());
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void threadsReadingOneResultShareItsDetails() throws Exception {
        ValidationResult result = rules.evaluate(template("logs-archive"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return result.rules();
                }));
            }
            start.countDown();
            for (Future<Object> read : reads) {
                assertSame(reads.get(0).get(), read.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, evaluations.get());
    }

    private Document template(String bucketName) {
        return guard.parseDocument("""
                Resources:
                  Logs:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: %s
                """.formatted(bucketName), "t.yaml");
    }
}
