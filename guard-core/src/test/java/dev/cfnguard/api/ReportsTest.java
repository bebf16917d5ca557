package dev.cfnguard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
import dev.cfnguard.GuardCommands;
import dev.cfnguard.ReportFormat;
import dev.cfnguard.Reports;
import dev.cfnguard.RuleSet;
import dev.cfnguard.Status;
import dev.cfnguard.ValidationResult;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Results rendered through {@link Reports} read exactly as {@code cfn-guard validate} prints the same
 * evaluations ({@link GuardCommands}, which the conformance harness holds to the reference).
 */
class ReportsTest {

    private static final String OTHER_RULES = """
            rule HAS_RESOURCES { Resources exists }
            """;
    private static final String PASSING_TEMPLATE = GuardApiTest.TEMPLATE
            .replace("Suspended", "Enabled");

    private final Guard guard = Guard.create();

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"JSON", "YAML", "JUNIT", "SARIF"})
    void severalResultsMakeTheStructuredReport(ReportFormat format) {
        String rendered = render(format, true);
        String printed = validate(format, true);
        if (format == ReportFormat.JUNIT) {
            // Timings differ between two runs; everything else must not.
            rendered = rendered.replaceAll("time=\"\\d+\"", "time=\"0\"");
            printed = printed.replaceAll("time=\"\\d+\"", "time=\"0\"");
        }
        assertEquals(printed, rendered);
        assertTrue(rendered.contains("t1.yaml"), rendered); // SARIF lists only documents with failures
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"SINGLE_LINE_SUMMARY", "VERBOSE", "JSON", "YAML"})
    void eachResultMakesTheReportValidatePrintsForIt(ReportFormat format) {
        assertEquals(validate(format, false), render(format, false));
    }

    /** Two rules files against two templates, rules-file-major as validate runs them. */
    private String render(ReportFormat format, boolean structured) {
        List<RuleSet> ruleSets = List.of(guard.compile(GuardApiTest.RULES, "s3.guard"),
                guard.compile(OTHER_RULES, "other.guard"));
        List<Document> documents = List.of(guard.parseDocument(GuardApiTest.TEMPLATE, "t1.yaml"),
                guard.parseDocument(PASSING_TEMPLATE, "t2.yaml"));
        List<ValidationResult> results = new ArrayList<>();
        for (RuleSet rules : ruleSets) {
            for (Document document : documents) {
                results.add(rules.evaluate(document));
            }
        }
        StringWriter out = new StringWriter();
        if (structured) {
            Reports.write(results, format, out);
        } else {
            results.forEach(result -> Reports.write(result, format, out));
        }
        return out.toString();
    }

    private String validate(ReportFormat format, boolean structured) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        guard.commands().validate(
                new GuardCommands.ValidateOptions(format, structured ? Set.of() : Set.of(Status.FAIL), false, false,
                        structured),
                List.of(new GuardCommands.Source("s3.guard", GuardApiTest.RULES),
                        new GuardCommands.Source("other.guard", OTHER_RULES)),
                List.of(new GuardCommands.Source("t1.yaml", GuardApiTest.TEMPLATE),
                        new GuardCommands.Source("t2.yaml", PASSING_TEMPLATE)),
                List.of(), false, out, err);
        assertEquals("", err.toString());
        return out.toString();
    }
}
