package dev.cfnguard;

import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.report.ReportException;
import dev.cfnguard.internal.report.ResultRendering;
import dev.cfnguard.internal.tree.TreeSerializationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes {@link ValidationResult}s in the formats of {@code cfn-guard validate}, byte for byte as it prints
 * them. Stateless and thread-safe.
 */
public final class Reports {

    private Reports() {}

    /**
     * Writes the report of one result, as {@code validate} prints it for one rules file and one data file
     * (JSON and YAML: the report object of that document alone).
     *
     * @param result the result to report
     * @param format any format
     * @param out    where to write; not closed
     * @throws UncheckedIOException when writing fails
     * @throws GuardEvaluationException where the reference cannot render the result either
     */
    public static void write(ValidationResult result, ReportFormat format, Writer out) {
        Objects.requireNonNull(result, "result");
        if (format == ReportFormat.JUNIT || format == ReportFormat.SARIF) {
            write(List.of(result), format, out);
            return;
        }
        run(() -> ResultRendering.write(result.evaluated(), format.outputFormat(), Set.of(Status.FAIL),
                format == ReportFormat.VERBOSE, false, out));
    }

    /**
     * Writes the report of several results. The console formats write each result's report in turn; the
     * others write one document for all of them, as {@code validate --structured} does, grouping the results
     * by document in the order the documents first appear.
     *
     * @param results the results to report, in order
     * @param format  any format
     * @param out     where to write; not closed
     * @throws UncheckedIOException when writing fails
     * @throws GuardEvaluationException where the reference cannot render the results either
     */
    public static void write(List<ValidationResult> results, ReportFormat format, Writer out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (format == ReportFormat.SINGLE_LINE_SUMMARY || format == ReportFormat.VERBOSE) {
            for (ValidationResult result : results) {
                write(result, format, out);
            }
            return;
        }
        Map<String, List<ResultRendering.Evaluated>> byDocument = new LinkedHashMap<>();
        long millis = 0;
        for (ValidationResult result : results) {
            byDocument.computeIfAbsent(result.documentName(), name -> new ArrayList<>()).add(result.evaluated());
            millis += result.evaluated().millis();
        }
        List<ResultRendering.PerDocument> documents = new ArrayList<>();
        byDocument.forEach((name, evaluations) -> documents.add(new ResultRendering.PerDocument(name, evaluations)));
        long total = millis;
        run(() -> ResultRendering.writeStructured(documents, format.outputFormat(), total, out));
    }

    private interface Rendering {
        void run() throws IOException;
    }

    private static void run(Rendering rendering) {
        try {
            rendering.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReportException e) {
            throw new GuardEvaluationException(e.getMessage(), e.panics());
        } catch (TreeSerializationException e) {
            throw new GuardEvaluationException(e.getMessage(), false);
        }
    }
}
