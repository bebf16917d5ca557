package dev.cfnguard.internal.report;

import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.eval.BlockCheck;
import dev.cfnguard.internal.eval.ClauseCheck;
import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.NamedStatus;
import dev.cfnguard.internal.eval.QueryResult;
import dev.cfnguard.internal.eval.RecordType;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.eval.ValueText;
import dev.cfnguard.internal.tree.Node;
import dev.cfnguard.internal.value.FloatFormat;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The serialized shapes of the report model and of the record tree, field for field as the reference's
 * serializers produce them (enums as single-key maps, absent texts as null, document values as
 * {@code {path, value}}), ready for the JSON and YAML writers. Stateless.
 */
final class ReportNodes {
    private ReportNodes() {}

    private static final Node NULL = new Node.Null();

    static Node fileReports(List<FileReport> reports) {
        return list(reports, ReportNodes::fileReport);
    }

    static Node fileReport(FileReport report) {
        return Node.mapping()
                .put("name", text(report.name()))
                .put("metadata", Node.mapping().build())
                .put("status", status(report.status()))
                .put("not_compliant", list(report.notCompliant(), ReportNodes::clause))
                .put("not_applicable", list(report.notApplicable(), ReportNodes::text))
                .put("compliant", list(report.compliant(), ReportNodes::text))
                .build();
    }

    private static Node clause(ClauseReport clause) {
        if (clause instanceof ClauseReport.RuleReport rule) {
            return variant("Rule", Node.mapping()
                    .put("name", text(rule.name()))
                    .put("metadata", Node.mapping().build())
                    .put("messages", messages(rule.messages()))
                    .put("checks", list(rule.checks(), ReportNodes::clause))
                    .build());
        } else if (clause instanceof ClauseReport.BlockReport block) {
            return variant("Block", Node.mapping()
                    .put("context", text(block.context()))
                    .put("messages", messages(block.messages()))
                    .put("unresolved", block.unresolved() == null ? NULL : unresolved(block.unresolved()))
                    .build());
        } else if (clause instanceof ClauseReport.DisjunctionsReport or) {
            return variant("Disjunctions", Node.mapping().put("checks", list(or.checks(), ReportNodes::clause)).build());
        } else if (clause instanceof ClauseReport.UnaryReport unary) {
            return variant("Clause", variant("Unary", Node.mapping()
                    .put("check", unaryCheck(unary.check()))
                    .put("context", text(unary.context()))
                    .put("messages", messages(unary.messages()))
                    .build()));
        }
        ClauseReport.BinaryReport binary = (ClauseReport.BinaryReport) clause;
        return variant("Clause", variant("Binary", Node.mapping()
                .put("context", text(binary.context()))
                .put("messages", messages(binary.messages()))
                .put("check", binaryCheck(binary.check()))
                .build()));
    }

    private static Node unaryCheck(ClauseReport.UnaryCheck check) {
        if (check instanceof ClauseReport.UnaryCheck.Unresolved unresolved) {
            return variant("UnResolved", valueUnresolved(unresolved.value(), unresolved.comparison()));
        } else if (check instanceof ClauseReport.UnaryCheck.Resolved resolved) {
            return variant("Resolved", Node.mapping()
                    .put("value", pathValue(resolved.value()))
                    .put("comparison", comparison(resolved.comparison()))
                    .build());
        }
        return variant("UnResolvedContext", text(((ClauseReport.UnaryCheck.UnresolvedContext) check).context()));
    }

    private static Node binaryCheck(ClauseReport.BinaryCheck check) {
        if (check instanceof ClauseReport.BinaryCheck.Unresolved unresolved) {
            return variant("UnResolved", valueUnresolved(unresolved.value(), unresolved.comparison()));
        } else if (check instanceof ClauseReport.BinaryCheck.Resolved resolved) {
            return variant("Resolved", Node.mapping()
                    .put("from", pathValue(resolved.from()))
                    .put("to", pathValue(resolved.to()))
                    .put("comparison", comparison(resolved.comparison()))
                    .build());
        }
        ClauseReport.BinaryCheck.InResolved in = (ClauseReport.BinaryCheck.InResolved) check;
        return variant("InResolved", Node.mapping()
                .put("from", pathValue(in.from()))
                .put("to", list(in.to(), ReportNodes::pathValue))
                .put("comparison", comparison(in.comparison()))
                .build());
    }

    private static Node valueUnresolved(QueryResult.UnResolved value, Comparator comparison) {
        return Node.mapping().put("value", unresolved(value)).put("comparison", comparison(comparison)).build();
    }

    private static Node messages(Messages messages) {
        return Node.mapping()
                .put("custom_message", optionalText(messages.customMessage()))
                .put("error_message", optionalText(messages.errorMessage()))
                .build();
    }

    // ---- the record tree (--print-json) ----

    static Node eventRecord(EventRecord record) {
        return Node.mapping()
                .put("context", text(record.context()))
                .put("container", record.container() == null ? NULL : recordType(record.container()))
                .put("children", list(record.children(), ReportNodes::eventRecord))
                .build();
    }

    private static Node recordType(RecordType type) {
        if (type instanceof RecordType.FileCheck r) {
            return variant("FileCheck", namedStatus(r.status()));
        } else if (type instanceof RecordType.RuleCheck r) {
            return variant("RuleCheck", namedStatus(r.status()));
        } else if (type instanceof RecordType.RuleCondition r) {
            return variant("RuleCondition", status(r.status()));
        } else if (type instanceof RecordType.TypeCheck r) {
            return variant("TypeCheck", Node.mapping()
                    .put("type_name", text(r.typeName()))
                    .put("block", blockCheck(r.block()))
                    .build());
        } else if (type instanceof RecordType.TypeCondition r) {
            return variant("TypeCondition", status(r.status()));
        } else if (type instanceof RecordType.TypeBlock r) {
            return variant("TypeBlock", status(r.status()));
        } else if (type instanceof RecordType.Filter r) {
            return variant("Filter", status(r.status()));
        } else if (type instanceof RecordType.WhenCheck r) {
            return variant("WhenCheck", blockCheck(r.block()));
        } else if (type instanceof RecordType.WhenCondition r) {
            return variant("WhenCondition", status(r.status()));
        } else if (type instanceof RecordType.Disjunction r) {
            return variant("Disjunction", blockCheck(r.block()));
        } else if (type instanceof RecordType.BlockGuardCheck r) {
            return variant("BlockGuardCheck", blockCheck(r.block()));
        } else if (type instanceof RecordType.GuardClauseBlockCheck r) {
            return variant("GuardClauseBlockCheck", blockCheck(r.block()));
        }
        return variant("ClauseValueCheck", clauseCheck(((RecordType.ClauseValueCheck) type).check()));
    }

    private static Node clauseCheck(ClauseCheck check) {
        if (check instanceof ClauseCheck.Success) {
            return text("Success");
        } else if (check instanceof ClauseCheck.Comparison c) {
            return variant("Comparison", Node.mapping()
                    .put("comparison", comparison(c.comparison()))
                    .put("from", queryResult(c.from()))
                    .put("to", c.to() == null ? NULL : queryResult(c.to()))
                    .put("message", optionalText(c.message()))
                    .put("custom_message", optionalText(c.customMessage()))
                    .put("status", status(c.status()))
                    .build());
        } else if (check instanceof ClauseCheck.InComparison c) {
            return variant("InComparison", Node.mapping()
                    .put("comparison", comparison(c.comparison()))
                    .put("from", queryResult(c.from()))
                    .put("to", list(c.to(), ReportNodes::queryResult))
                    .put("message", optionalText(c.message()))
                    .put("custom_message", optionalText(c.customMessage()))
                    .put("status", status(c.status()))
                    .build());
        } else if (check instanceof ClauseCheck.Unary c) {
            return variant("Unary", Node.mapping()
                    .put("value", valueCheck(c.value()))
                    .put("comparison", comparison(c.comparison()))
                    .build());
        } else if (check instanceof ClauseCheck.NoValueForEmptyCheck c) {
            return variant("NoValueForEmptyCheck", optionalText(c.customMessage()));
        } else if (check instanceof ClauseCheck.DependentRule c) {
            return variant("DependentRule", Node.mapping()
                    .put("rule", text(c.rule()))
                    .put("message", optionalText(c.message()))
                    .put("custom_message", optionalText(c.customMessage()))
                    .put("status", status(c.status()))
                    .build());
        }
        return variant("MissingBlockValue", valueCheck(((ClauseCheck.MissingBlockValue) check).value()));
    }

    private static Node valueCheck(ClauseCheck.ValueCheck check) {
        return Node.mapping()
                .put("from", queryResult(check.from()))
                .put("message", optionalText(check.message()))
                .put("custom_message", optionalText(check.customMessage()))
                .put("status", status(check.status()))
                .build();
    }

    private static Node queryResult(QueryResult result) {
        if (result instanceof QueryResult.Literal literal) {
            return variant("Literal", pathValue(literal.value()));
        } else if (result instanceof QueryResult.Resolved resolved) {
            return variant("Resolved", pathValue(resolved.value()));
        }
        return variant("UnResolved", unresolved((QueryResult.UnResolved) result));
    }

    private static Node namedStatus(NamedStatus status) {
        return Node.mapping()
                .put("name", text(status.name()))
                .put("status", status(status.status()))
                .put("message", optionalText(status.message()))
                .build();
    }

    private static Node blockCheck(BlockCheck block) {
        return Node.mapping()
                .put("at_least_one_matches", new Node.Bool(block.atLeastOneMatches()))
                .put("status", status(block.status()))
                .put("message", optionalText(block.message()))
                .build();
    }

    // ---- shared shapes ----

    private static Node unresolved(QueryResult.UnResolved unresolved) {
        return Node.mapping()
                .put("traversed_to", pathValue(unresolved.traversedTo()))
                .put("remaining_query", text(unresolved.remainingQuery()))
                .put("reason", optionalText(unresolved.reason()))
                .build();
    }

    /**
     * A document value with its path. A value holding a non-finite float cannot be written, and the
     * reference fails before writing any of it.
     */
    static Node pathValue(Value value) {
        String unrepresentable = unrepresentable(value);
        if (unrepresentable != null) {
            return new Node.Unserializable(unrepresentable);
        }
        return Node.mapping().put("path", text(value.path().pointer())).put("value", plain(value)).build();
    }

    /** The value as plain JSON data, without paths. */
    static Node plain(Value value) {
        if (value instanceof Value.NullValue) {
            return NULL;
        } else if (value instanceof Value.StringValue s) {
            return text(s.value());
        } else if (value instanceof Value.RegexValue r) {
            return text("/" + r.pattern() + "/");
        } else if (value instanceof Value.BoolValue b) {
            return new Node.Bool(b.value());
        } else if (value instanceof Value.IntValue i) {
            return new Node.Integer(i.value());
        } else if (value instanceof Value.FloatValue f) {
            return new Node.Float(f.value());
        } else if (value instanceof Value.CharValue c) {
            return text(String.valueOf(c.value()));
        } else if (value instanceof Value.ListValue list) {
            return list(list.elements(), ReportNodes::plain);
        } else if (value instanceof Value.MapValue map) {
            Node.MappingBuilder mapping = Node.mapping();
            map.entries().forEach((key, each) -> mapping.put(key, plain(each)));
            return mapping.build();
        }
        return text(ValueText.valueOnly(value));
    }

    /** The reference's error for a value holding a non-finite float, or null. */
    static String unrepresentable(Value value) {
        if (value instanceof Value.FloatValue f && !Double.isFinite(f.value())) {
            return "Could not convert float " + FloatFormat.display(f.value()) + " to serde::Value::Number";
        }
        Collection<Value> children = value instanceof Value.ListValue list ? list.elements()
                : value instanceof Value.MapValue map ? map.entries().values() : List.of();
        for (Value child : children) {
            String reason = unrepresentable(child);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static Node comparison(Comparator comparator) {
        return new Node.Sequence(List.of(text(comparator.operator().treeName()), new Node.Bool(comparator.negated())));
    }

    private static Node status(Status status) {
        return text(status.name());
    }

    private static Node variant(String name, Node content) {
        return Node.mapping().put(name, content).build();
    }

    private static Node text(String text) {
        return new Node.Text(text);
    }

    private static Node optionalText(String text) {
        return text == null ? NULL : new Node.Text(text);
    }

    private static <T> Node list(Collection<T> items, Function<T, Node> convert) {
        List<Node> nodes = new ArrayList<>(items.size());
        items.forEach(item -> nodes.add(convert.apply(item)));
        return new Node.Sequence(nodes);
    }

    /** An ordered mapping under construction. */
}
