package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.CodePointOrder;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The failed clauses of a report indexed by the document path of the values they concern (both values
 * of a resolved comparison), each with its position in the rule hierarchy ({@code /RULE/Or[2]/C[5]}),
 * which tells the rule it belongs to. Immutable once built.
 */
final class PathTree {

    /** A clause and its position in the rule hierarchy. */
    record Entry(String path, ClauseReport clause) {}

    private final NavigableMap<String, List<Entry>> byValuePath = new TreeMap<>(CodePointOrder.INSTANCE);
    private int nextId;

    PathTree(List<ClauseReport> rules) {
        for (ClauseReport rule : rules) {
            add(rule, "");
        }
    }

    private void add(ClauseReport clause, String parent) {
        if (clause instanceof ClauseReport.RuleReport rule) {
            String path = parent + "/" + rule.name();
            rule.checks().forEach(check -> add(check, path));
        } else if (clause instanceof ClauseReport.DisjunctionsReport or) {
            String path = parent + "/Or[" + nextId++ + "]";
            or.checks().forEach(check -> add(check, path));
        } else {
            String kind = clause instanceof ClauseReport.BlockReport ? "B" : "C";
            Entry entry = new Entry(parent + "/" + kind + "[" + nextId++ + "]", clause);
            index(clause.valueFrom(), entry);
            index(clause.valueTo(), entry);
        }
    }

    private void index(Value value, Entry entry) {
        if (value != null) {
            byValuePath.computeIfAbsent(value.path().pointer(), p -> new ArrayList<>()).add(entry);
        }
    }

    /** The entries at value paths from {@code start} on, in path order. */
    SortedMap<String, List<Entry>> from(String start) {
        return byValuePath.tailMap(start, true);
    }
}
