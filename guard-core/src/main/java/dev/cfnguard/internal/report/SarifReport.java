package dev.cfnguard.internal.report;

import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.tree.Node;
import dev.cfnguard.internal.value.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code validate --structured -o sarif}: the failures of every data file that failed as a SARIF 2.1.0
 * log with one run, one result per failed check. Stateless.
 */
final class SarifReport {
    private SarifReport() {}

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String TOOL = "cfn-guard";
    private static final String VERSION = "3.1.1";
    private static final String REPOSITORY = "https://github.com/aws-cloudformation/cloudformation-guard";
    private static final String DESCRIPTION = "AWS CloudFormation Guard is an open-source general-purpose"
            + " policy-as-code evaluation tool. It provides developers with a simple-to-use, yet powerful and"
            + " expressive domain-specific language (DSL) to define policies and enables developers to validate"
            + " JSON- or YAML- formatted structured data with those policies.";

    static Node of(List<FileReport> reports) {
        List<Node> artifacts = new ArrayList<>();
        List<Node> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FileReport report : reports) {
            if (report.status() != Status.FAIL) {
                continue;
            }
            if (!report.name().isEmpty() && seen.add(report.name())) {
                artifacts.add(map("location", map("uri", text(uri(report.name())))));
            }
            for (ClauseReport failure : report.notCompliant()) {
                String ruleId = failure instanceof ClauseReport.RuleReport rule ? ruleId(rule.name()) : "";
                for (Messages messages : messagesOf(failure)) {
                    results.add(result(ruleId, messages, report.name()));
                }
            }
        }
        Node driver = mapOf(
                "name", text(TOOL),
                "semanticVersion", text(VERSION),
                "fullName", text(TOOL + " " + VERSION),
                "organization", text("Amazon Web Services"),
                "downloadUri", text(REPOSITORY),
                "informationUri", text(REPOSITORY),
                "shortDescription", map("text", text(DESCRIPTION)));
        Node run = mapOf(
                "tool", map("driver", driver),
                "artifacts", new Node.Sequence(artifacts),
                "results", new Node.Sequence(results));
        return mapOf("$schema", text(SCHEMA), "version", text("2.1.0"), "runs", new Node.Sequence(List.of(run)));
    }

    private static Node result(String ruleId, Messages messages, String dataFile) {
        Location location = messages.location() == null ? Location.NONE : messages.location();
        String message = orEmpty(messages.errorMessage()) + " " + orEmpty(messages.customMessage());
        Node region = mapOf(
                "startLine", new Node.Integer(Math.max(1, location.line())),
                "startColumn", new Node.Integer(Math.max(1, location.column())));
        Node physical = mapOf("artifactLocation", map("uri", text(uri(dataFile))), "region", region);
        return mapOf(
                "ruleId", text(ruleId),
                "level", text("error"),
                "message", map("text", text(message)),
                "locations", new Node.Sequence(List.of(map("physicalLocation", physical))));
    }

    /** The messages of the checks under {@code clause}, depth first; a rule's own message is not one. */
    static List<Messages> messagesOf(ClauseReport clause) {
        List<Messages> messages = new ArrayList<>();
        collect(clause, messages);
        return messages;
    }

    private static void collect(ClauseReport clause, List<Messages> into) {
        if (clause instanceof ClauseReport.RuleReport rule) {
            rule.checks().forEach(check -> collect(check, into));
        } else if (clause instanceof ClauseReport.DisjunctionsReport or) {
            or.checks().forEach(check -> collect(check, into));
        } else if (clause instanceof ClauseReport.BlockReport block) {
            into.add(block.messages());
        } else if (clause instanceof ClauseReport.UnaryReport unary) {
            into.add(unary.messages());
        } else {
            into.add(((ClauseReport.BinaryReport) clause).messages());
        }
    }

    /** The rule name up to its first '.', upper-cased. */
    private static String ruleId(String ruleName) {
        int dot = ruleName.indexOf('.');
        return (dot < 0 ? ruleName : ruleName.substring(0, dot)).toUpperCase(Locale.ROOT);
    }

    private static String uri(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Node text(String text) {
        return new Node.Text(text);
    }

    private static Node map(String key, Node value) {
        return new Node.Mapping(List.of(Map.entry(key, value)));
    }

    private static Node mapOf(Object... keysAndValues) {
        List<Map.Entry<String, Node>> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(Map.entry((String) keysAndValues[i], (Node) keysAndValues[i + 1]));
        }
        return new Node.Mapping(entries);
    }
}
