package dev.cfnguard.internal.report;

import dev.cfnguard.internal.eval.EvaluationResult;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.testing.OutputFormat;
import dev.cfnguard.internal.tree.JsonWriter;
import dev.cfnguard.internal.tree.Node;
import dev.cfnguard.internal.tree.YamlWriter;
import dev.cfnguard.internal.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the reports of evaluations that have already run: what {@code validate} prints for one rules file
 * against one data file, and the single document of a {@code --structured} run. {@link Validation} uses it
 * for the command line, the public API to render results it handed out. Stateless.
 */
public final class ResultRendering {

    private ResultRendering() {}

    /**
     * One rules file evaluated against one document.
     *
     * @param dataContent the data file's text, which the CloudFormation report quotes; may be empty
     * @param document    the document as evaluated (input parameters merged in)
     * @param millis      how long the evaluation took, for the JUnit report
     */
    public record Evaluated(String rulesName, String dataName, String dataContent, Value document,
                            EvaluationResult result, long millis) {
        public Evaluated {
            Objects.requireNonNull(rulesName, "rulesName");
            Objects.requireNonNull(dataName, "dataName");
            Objects.requireNonNull(dataContent, "dataContent");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * The report of one evaluation in a run without {@code --structured}: the summary table of
     * {@code summary} statuses (none when empty), then the failures in {@code format} (SINGLE_LINE_SUMMARY,
     * JSON or YAML), then the record tree when {@code verbose}, then as JSON when {@code printJson}.
     */
    public static void write(Evaluated evaluated, OutputFormat format, Set<Status> summary, boolean verbose,
                             boolean printJson, Appendable out) throws IOException {
        write(evaluated, new DocumentIndex(evaluated.document()), format, summary, verbose, printJson, out);
    }

    /** As above, with the index of {@code evaluated.document()}, which a run shares among its rules files. */
    static void write(Evaluated evaluated, DocumentIndex index, OutputFormat format, Set<Status> summary,
                      boolean verbose, boolean printJson, Appendable out) throws IOException {
        EvaluationResult result = evaluated.result();
        report(evaluated, index, format, summary, out);
        if (verbose) {
            VerboseTreePrinter.print(result.root(), out);
        }
        if (printJson) {
            // Rendered whole first: the reference prints nothing of a tree it cannot serialize.
            StringBuilder json = new StringBuilder();
            JsonWriter.write(ReportNodes.eventRecord(result.root()), json);
            out.append(json).append('\n');
        }
    }

    /** The summary table, then the report for the kind of data: CloudFormation, Terraform, or generic. */
    private static void report(Evaluated evaluated, DocumentIndex index, OutputFormat format, Set<Status> summary,
                               Appendable out) throws IOException {
        EvaluationResult result = evaluated.result();
        String rulesFile = evaluated.rulesName();
        String dataName = evaluated.dataName();
        if (!summary.isEmpty()) {
            SummaryTable.write(out, result.status(), result.root(), rulesFile, dataName, summary);
        }
        if (format == OutputFormat.JSON || format == OutputFormat.YAML) {
            writeTree(ReportNodes.fileReport(FailureReports.of(result.root())), format, out);
            return;
        }
        if (index.has("/Resources")
                && CloudFormationReport.write(out, FailureReports.of(result.root()), dataName,
                        evaluated.dataContent(), rulesFile, index)) {
            return;
        }
        if (index.has("/resource_changes")) {
            TerraformReport.write(out, FailureReports.of(result.root()), dataName, rulesFile, index);
            return;
        }
        GenericSummary.write(out, result.root(), rulesFile, dataName, summary);
    }

    /** The evaluations of one data file in a {@code --structured} run, in rules-file order. */
    public record PerDocument(String dataName, List<Evaluated> evaluations) {
        public PerDocument {
            Objects.requireNonNull(dataName, "dataName");
            evaluations = List.copyOf(evaluations);
        }
    }

    /**
     * The one document of a {@code --structured} run in {@code format} (JSON, YAML, JUNIT or SARIF), data
     * files in the order given. {@code totalMillis} is the run's time, which only the JUnit report prints.
     */
    public static void writeStructured(List<PerDocument> documents, OutputFormat format, long totalMillis,
                                       Appendable out) throws IOException {
        if (format == OutputFormat.JUNIT) {
            List<JunitReport.Suite> suites = new ArrayList<>();
            long elapsed = 0;
            for (PerDocument document : documents) {
                List<JunitReport.Case> cases = new ArrayList<>();
                for (Evaluated each : document.evaluations()) {
                    elapsed += each.millis();
                    cases.add(new JunitReport.Case(each.rulesName(), each.result().status(),
                            FailureReports.of(each.result().root()), each.millis()));
                }
                suites.add(new JunitReport.Suite(document.dataName(), cases, elapsed));
            }
            out.append(JunitReport.render(suites, totalMillis));
            return;
        }
        List<FileReport> reports = new ArrayList<>();
        for (PerDocument document : documents) {
            FileReport combined = FileReport.empty(document.dataName());
            for (Evaluated each : document.evaluations()) {
                combined = combined.combine(FailureReports.of(each.result().root()));
            }
            reports.add(combined);
        }
        if (format == OutputFormat.SARIF) {
            JsonWriter.write(SarifReport.of(reports), out);
        } else {
            writeTree(ReportNodes.fileReports(reports), format, out);
        }
    }

    /** The pretty JSON (no final line break) or YAML form of {@code node}. */
    private static void writeTree(Node node, OutputFormat format, Appendable out) throws IOException {
        if (format == OutputFormat.YAML) {
            out.append(YamlWriter.write(node));
        } else {
            JsonWriter.write(node, out);
        }
    }
}
