package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.CodePointOrder;
import dev.cfnguard.internal.eval.QueryResult;
import dev.cfnguard.internal.eval.ValueText;
import dev.cfnguard.internal.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@code validate} report for a CloudFormation template (a document with
 * {@code /Resources}): the failed checks grouped by the resource they concern, each with the property
 * path, the values compared and an excerpt of the template around them. The reference prints the
 * resources in hash order; this report prints them in document order. Not thread-safe.
 */
final class CloudFormationReport {

    private static final Pattern RESOURCE = Pattern.compile("^/Resources/([^/]+)");
    private static final String SLASH_STAND_IN = "\f";
    private static final int NAME_WIDTH = 10;

    /** A resource with the failed clauses (by identity) and clause paths that concern it. */
    private static final class Resource {
        final String name;
        final Value node;
        final String type;
        final String cdkPath;
        final Set<ClauseReport> clauses = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<String> paths = new TreeSet<>(CodePointOrder.INSTANCE);

        Resource(String name, Value node, String type, String cdkPath) {
            this.name = name;
            this.node = node;
            this.type = type;
            this.cdkPath = cdkPath;
        }
    }

    private final PathTree tree;
    private final DocumentIndex index;
    private final Map<String, Resource> resources = new LinkedHashMap<>();

    private CloudFormationReport(FileReport report, DocumentIndex index) {
        this.tree = new PathTree(report.notCompliant());
        this.index = index;
    }

    /**
     * Writes the report; does nothing when no rule failed.
     *
     * @return false when a failure cannot be tied to a resource: the reference then falls back to the
     *         generic report, and nothing has been written
     * @throws ReportException where the reference crashes
     */
    static boolean write(Appendable out, FileReport report, String dataFile, String dataText, String rulesFile,
                         DocumentIndex index) throws IOException {
        if (report.notCompliant().isEmpty()) {
            return true;
        }
        CloudFormationReport cfn = new CloudFormationReport(report, index);
        if (!cfn.groupByResource()) {
            return false;
        }
        out.append("Evaluating data ").append(dataFile).append(" against rules ").append(rulesFile).append('\n');
        out.append("Number of non-compliant resources ").append(Integer.toString(cfn.resources.size())).append('\n');
        ClausePrinter printer = new ClausePrinter(out, new TemplateDetails(new SourceCursor(dataText)));
        List<Resource> ordered = new ArrayList<>(cfn.resources.values());
        ordered.sort(Comparator.comparingInt((Resource r) -> r.node.path().location().line())
                .thenComparingInt(r -> r.node.path().location().column()));
        for (Resource resource : ordered) {
            out.append("Resource = ").append(resource.name).append(" {\n");
            out.append("  ").append(ClausePrinter.pad("Type", NAME_WIDTH)).append("= ").append(resource.type)
                    .append('\n');
            if (resource.cdkPath != null && !resource.cdkPath.isEmpty()) {
                out.append("  ").append(ClausePrinter.pad("CDK-Path", NAME_WIDTH)).append("= ")
                        .append(resource.cdkPath).append('\n');
            }
            for (ClauseReport rule : report.notCompliant()) {
                String prefix = "/" + ((ClauseReport.RuleReport) rule).name();
                if (resource.paths.stream().anyMatch(path -> path.startsWith(prefix))) {
                    printer.print(rule, resource.clauses, "  ");
                }
            }
            out.append("}\n");
        }
        return true;
    }

    /** Ties every failed clause at or below {@code /Resources} to its resource; false to fall back. */
    private boolean groupByResource() {
        for (Map.Entry<String, List<PathTree.Entry>> entry : tree.from("/Resources").entrySet()) {
            String key = entry.getKey();
            int slashes = (int) key.chars().filter(c -> c == '/').count();
            if (slashes > 2) {
                // A key may hold slashes itself: try the longest candidate name first.
                for (int count = 1; ; count++) {
                    if (slashes - count == 0) {
                        throw ReportException.panic("internal error: entered unreachable code");
                    }
                    if (aggregate(resourceName(key, count, slashes), entry.getValue())) {
                        break;
                    }
                }
            } else {
                Matcher matcher = RESOURCE.matcher(key);
                if (!matcher.find()) {
                    return false;
                }
                if (!aggregate(matcher.group(1), entry.getValue())) {
                    throw ReportException.panic("internal error: entered unreachable code");
                }
            }
        }
        return true;
    }

    /**
     * The candidate resource name of {@code key} that keeps all but the last {@code count} segments
     * (at least one), computed the way the reference does it.
     */
    private static String resourceName(String key, int count, int slashes) {
        String placeholder = replaceFirst(key, "/", SLASH_STAND_IN, slashes - count);
        placeholder = replaceFirst(placeholder, SLASH_STAND_IN, "/", 2);
        Matcher matcher = RESOURCE.matcher(placeholder);
        if (!matcher.find()) {
            throw ReportException.panic("internal error: entered unreachable code");
        }
        return matcher.group(1).replace(SLASH_STAND_IN, "/");
    }

    private static String replaceFirst(String text, String target, String replacement, int times) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < times; i++) {
            int at = text.indexOf(target, from);
            if (at < 0) {
                break;
            }
            out.append(text, from, at).append(replacement);
            from = at + target.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Records the clauses under resource {@code name}; false when there is no such typed resource. */
    private boolean aggregate(String name, List<PathTree.Entry> entries) {
        Value node = index.at("/Resources/" + name);
        if (node == null) {
            return false;
        }
        String pointer = node.path().pointer();
        Value type = index.at(pointer + "/Type");
        if (type == null) {
            return false;
        }
        if (!(type instanceof Value.StringValue typeName)) {
            throw ReportException.panic("internal error: entered unreachable code");
        }
        Value cdk = index.at(pointer + "/Metadata/aws:cdk:path");
        if (cdk != null && !(cdk instanceof Value.StringValue)) {
            throw ReportException.panic("internal error: entered unreachable code");
        }
        Resource resource = resources.computeIfAbsent(name, n -> new Resource(n, node, typeName.value(),
                cdk == null ? null : ((Value.StringValue) cdk).value()));
        for (PathTree.Entry each : entries) {
            resource.clauses.add(each.clause());
            resource.paths.add(each.path());
        }
        return true;
    }

    /** Property paths, values and template excerpts. The excerpts share one cursor over the template. */
    private static final class TemplateDetails implements ClausePrinter.Details {
        private static final int WIDTH = "PropertyPath".length() + 4;
        private static final int EXCERPT_LINES = 5;

        private final SourceCursor cursor;

        TemplateDetails(SourceCursor cursor) {
            this.cursor = cursor;
        }

        @Override
        public int missingProperty(Appendable out, QueryResult.UnResolved unresolved, String prefix)
                throws IOException {
            excerpt(out, unresolved.traversedTo().path().location().line(), prefix);
            return 0;
        }

        @Override
        public int binary(Appendable out, ClauseReport.BinaryCheck.Resolved check, String prefix) throws IOException {
            comparison(out, prefix, check.from(), ClausePrinter.operatorText(check.comparison()),
                    ValueText.valueOnly(check.to()));
            return WIDTH;
        }

        @Override
        public int in(Appendable out, ClauseReport.BinaryCheck.InResolved check, String prefix) throws IOException {
            StringJoiner with = new StringJoiner(", ", "[", "]");
            check.to().forEach(each -> with.add(ValueText.valueOnly(each)));
            comparison(out, prefix, check.from(), ClausePrinter.operatorText(check.comparison()), with.toString());
            return WIDTH;
        }

        @Override
        public int unary(Appendable out, ClauseReport.UnaryCheck.Resolved check, String prefix) throws IOException {
            out.append(prefix).append(ClausePrinter.pad("PropertyPath", WIDTH)).append("= ")
                    .append(ValueText.path(check.value().path())).append('\n');
            out.append(prefix).append(ClausePrinter.pad("Operator", WIDTH)).append("= ")
                    .append(ClausePrinter.operatorText(check.comparison())).append('\n');
            excerpt(out, check.value().path().location().line(), prefix);
            return WIDTH;
        }

        private void comparison(Appendable out, String prefix, Value from, String operator, String with)
                throws IOException {
            out.append(prefix).append(ClausePrinter.pad("PropertyPath", WIDTH)).append("= ")
                    .append(ValueText.path(from.path())).append('\n');
            out.append(prefix).append(ClausePrinter.pad("Operator", WIDTH)).append("= ").append(operator).append('\n');
            out.append(prefix).append(ClausePrinter.pad("Value", WIDTH)).append("= ")
                    .append(ValueText.valueOnly(from)).append('\n');
            out.append(prefix).append(ClausePrinter.pad("ComparedWith", WIDTH)).append("= ").append(with)
                    .append('\n');
            excerpt(out, from.path().location().line(), prefix);
        }

        /** {@code Code:} and up to six numbered lines from two lines above {@code line}. */
        private void excerpt(Appendable out, int line, String prefix) throws IOException {
            out.append(prefix).append("Code:\n");
            String linePrefix = prefix + "  ";
            // The reference subtracts in unsigned arithmetic: lines 0 and 1 wrap around past the end.
            long first = line >= 2 ? Math.max(1, line - 2) : Long.MAX_VALUE;
            SourceCursor.Line start = cursor.seek(first);
            if (start != null) {
                numbered(out, linePrefix, start);
            }
            for (int left = EXCERPT_LINES; left > 0; left--) {
                SourceCursor.Line next = cursor.next();
                if (next == null) {
                    break;
                }
                numbered(out, linePrefix, next);
            }
        }

        private static void numbered(Appendable out, String prefix, SourceCursor.Line line) throws IOException {
            out.append(prefix).append(String.format(Locale.ROOT, "%5d", line.number())).append('.')
                    .append(line.text()).append('\n');
        }
    }
}
