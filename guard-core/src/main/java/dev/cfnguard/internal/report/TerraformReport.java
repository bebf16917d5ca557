package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.CodePointOrder;
import dev.cfnguard.internal.eval.ValueText;
import dev.cfnguard.internal.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@code validate} report for a Terraform plan in JSON (a document with
 * {@code /resource_changes}): the failed checks grouped by the resource address they concern. The
 * reference prints the resources in hash order; this report prints them in document order. Stateless.
 */
final class TerraformReport {
    private TerraformReport() {}

    private static final Pattern RESOURCE_CHANGE =
            Pattern.compile("/resource_changes/([^/]+)/change/after/(.*)?");
    private static final String AFTER = "change/after/";
    private static final int NAME_WIDTH = 10;

    private static final class Resource {
        final String name;
        final String type;
        final Value node;
        final Set<ClauseReport> clauses = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<String> paths = new TreeSet<>(CodePointOrder.INSTANCE);

        Resource(String name, String type, Value node) {
            this.name = name;
            this.type = type;
            this.node = node;
        }
    }

    /**
     * @throws ReportException where the reference crashes, or stops with an error (a resource change
     *                         without an address)
     */
    static void write(Appendable out, FileReport report, String dataFile, String rulesFile, DocumentIndex index)
            throws IOException {
        if (report.notCompliant().isEmpty()) {
            return;
        }
        PathTree tree = new PathTree(report.notCompliant());
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (Map.Entry<String, List<PathTree.Entry>> entry : tree.from("/resource_changes/").entrySet()) {
            Matcher matcher = RESOURCE_CHANGE.matcher(entry.getKey());
            if (!matcher.find()) {
                throw ReportException.panic("internal error: entered unreachable code");
            }
            String pointer = "/resource_changes/" + matcher.group(1);
            Value change = index.at(pointer);
            if (change == null) {
                throw ReportException.error(missingPath(pointer));
            }
            String addressPointer = change.path().pointer() + "/address";
            Value address = index.at(addressPointer);
            if (address == null) {
                throw ReportException.error(missingPath(addressPointer));
            }
            if (!(address instanceof Value.StringValue text)) {
                throw ReportException.panic("internal error: entered unreachable code");
            }
            int dot = text.value().indexOf('.');
            if (dot < 0) {
                throw ReportException.panic("called `Option::unwrap()` on a `None` value");
            }
            String type = text.value().substring(0, dot);
            String name = text.value().substring(dot + 1);
            Resource resource = resources.computeIfAbsent(name, n -> new Resource(n, type, change));
            for (PathTree.Entry each : entry.getValue()) {
                resource.clauses.add(each.clause());
                resource.paths.add(each.path());
            }
        }

        out.append("Evaluating data ").append(dataFile).append(" against rules ").append(rulesFile).append('\n');
        out.append("Number of non-compliant resources ").append(Integer.toString(resources.size())).append('\n');
        ClausePrinter printer = new ClausePrinter(out, new PlanDetails());
        List<Resource> ordered = new ArrayList<>(resources.values());
        ordered.sort(Comparator.comparingInt((Resource r) -> r.node.path().location().line())
                .thenComparingInt(r -> r.node.path().location().column()));
        for (Resource resource : ordered) {
            out.append("Resource = ").append(resource.name).append(" {\n");
            out.append("  ").append(ClausePrinter.pad("Type", NAME_WIDTH)).append("= ").append(resource.type)
                    .append('\n');
            for (ClauseReport rule : report.notCompliant()) {
                String prefix = "/" + ((ClauseReport.RuleReport) rule).name();
                if (resource.paths.stream().anyMatch(path -> path.startsWith(prefix))) {
                    printer.print(rule, resource.clauses, "  ");
                }
            }
            out.append("}\n");
        }
    }

    private static String missingPath(String pointer) {
        return "Could not retrieve data from incoming context. Error = `Path " + pointer + " did not yield value`";
    }

    /** Property paths relative to the planned values, and the values compared. */
    private static final class PlanDetails implements ClausePrinter.Details {
        private static final int WIDTH = "PropertyPath".length() + 4;

        @Override
        public int binary(Appendable out, ClauseReport.BinaryCheck.Resolved check, String prefix) throws IOException {
            String from = check.from().path().pointer();
            String resourceBased = from.startsWith("/resource_changes") ? from : check.to().path().pointer();
            int at = resourceBased.indexOf(AFTER);
            if (at < 0) {
                throw ReportException.panic("byte index 13 is out of bounds of ``");
            }
            String property = resourceBased.substring(at + AFTER.length()).replace('/', '.');
            line(out, prefix, "PropertyPath", property);
            line(out, prefix, "Operator", ClausePrinter.operatorText(check.comparison()));
            line(out, prefix, "Value", ValueText.valueOnly(check.from()));
            line(out, prefix, "ComparedWith", ValueText.valueOnly(check.to()));
            return WIDTH;
        }

        @Override
        public int in(Appendable out, ClauseReport.BinaryCheck.InResolved check, String prefix) {
            throw ReportException.panic("not yet implemented");
        }

        @Override
        public int unary(Appendable out, ClauseReport.UnaryCheck.Resolved check, String prefix) throws IOException {
            // The reference looks for "changes/after/", which plan paths never contain.
            String resourceBased = check.value().path().pointer();
            int at = resourceBased.indexOf("changes/after/");
            String property = at < 0 ? "" : resourceBased.substring(at).replace('/', '.');
            line(out, prefix, "PropertyPath", property);
            line(out, prefix, "Operator", ClausePrinter.operatorText(check.comparison()));
            return WIDTH;
        }

        private static void line(Appendable out, String prefix, String name, String value) throws IOException {
            out.append(prefix).append(ClausePrinter.pad(name, WIDTH)).append("= ").append(value).append('\n');
        }
    }
}
