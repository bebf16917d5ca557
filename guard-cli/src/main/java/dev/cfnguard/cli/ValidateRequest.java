package dev.cfnguard.cli;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@code validate} has collected once its arguments are checked and its inputs read; the
 * evaluation engine takes it from here ({@link EvaluationEngine#validate}).
 *
 * @param rules            the rules texts, in evaluation order (files in walk order, then payload order)
 * @param data             the data texts, in order; empty when none was found (the reference then
 *                         evaluates nothing and exits 0)
 * @param inputParameters  the {@code --input-params} texts, to be merged (in order) into one context
 *                         that is merged into every data file; empty when none were given
 * @param mergeInputParameters false for {@code --payload} without {@code --structured}: the reference
 *                         still parses the input parameters (and fails on bad ones) but ignores them
 * @param outputFormat     {@code --output-format}
 * @param summaryStatuses  the statuses {@code --show-summary} lists: a subset of PASS, FAIL, SKIP;
 *                         empty for {@code none}
 * @param verbose          {@code --verbose}
 * @param printJson        {@code --print-json}
 * @param structured       {@code --structured}
 */
public record ValidateRequest(
        List<RuleSource> rules,
        List<DataSource> data,
        List<DataSource> inputParameters,
        boolean mergeInputParameters,
        OutputFormat outputFormat,
        Set<ShowSummary> summaryStatuses,
        boolean verbose,
        boolean printJson,
        boolean structured) {

    public ValidateRequest {
        rules = List.copyOf(rules);
        data = List.copyOf(data);
        inputParameters = List.copyOf(inputParameters);
        Objects.requireNonNull(outputFormat, "outputFormat");
        summaryStatuses = Set.copyOf(summaryStatuses);
    }
}
