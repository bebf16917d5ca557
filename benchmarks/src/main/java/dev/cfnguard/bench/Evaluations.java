package dev.cfnguard.bench;

import dev.cfnguard.Document;
import dev.cfnguard.RuleSet;
import dev.cfnguard.ValidationResult;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/** What the evaluation benchmarks do with their rule sets, in one place. */
final class Evaluations {

    private Evaluations() {}

    /** Every rule set against {@code document}: the statuses only. */
    static void statuses(List<RuleSet> ruleSets, Document document, Blackhole results) {
        for (RuleSet rules : ruleSets) {
            results.consume(rules.evaluate(document).status());
        }
    }

    /** Every rule set against {@code document}: the statuses, then every failure's details. */
    static void statusesAndFailures(List<RuleSet> ruleSets, Document document, Blackhole results) {
        for (RuleSet rules : ruleSets) {
            ValidationResult result = rules.evaluate(document);
            results.consume(result.status());
            results.consume(result.failures());
        }
    }
}
