package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.CodePointOrder;
import dev.cfnguard.internal.eval.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The outcome of one or more rules files against one document, as the structured outputs report it:
 * the overall status, the failed rules with their failed checks, and the names of the rules that were
 * not applicable (SKIP) or compliant (PASS), sorted. Immutable.
 *
 * @param name the data file's name
 */
public record FileReport(String name, Status status, List<ClauseReport> notCompliant,
                         SortedSet<String> notApplicable, SortedSet<String> compliant) {

    public FileReport {
        notCompliant = List.copyOf(notCompliant);
        notApplicable = Collections.unmodifiableSortedSet(sorted(notApplicable));
        compliant = Collections.unmodifiableSortedSet(sorted(compliant));
    }

    /** The report of a document no rules file had anything to say about: SKIP, nothing listed. */
    public static FileReport empty(String name) {
        return new FileReport(name, Status.SKIP, List.of(), new TreeSet<>(), new TreeSet<>());
    }

    /**
     * This report followed by {@code other}'s (another rules file against the same document): failures
     * appended, rule names merged, status combined (a failure wins, then a pass; SKIP is neutral).
     */
    public FileReport combine(FileReport other) {
        List<ClauseReport> failures = new ArrayList<>(notCompliant);
        failures.addAll(other.notCompliant);
        SortedSet<String> skipped = sorted(notApplicable);
        skipped.addAll(other.notApplicable);
        SortedSet<String> passed = sorted(compliant);
        passed.addAll(other.compliant);
        return new FileReport(name, combine(status, other.status), failures, skipped, passed);
    }

    private static Status combine(Status current, Status next) {
        return switch (current) {
            case FAIL -> Status.FAIL;
            case PASS -> next == Status.FAIL ? Status.FAIL : Status.PASS;
            case SKIP -> next;
        };
    }

    private static SortedSet<String> sorted(SortedSet<String> names) {
        SortedSet<String> copy = new TreeSet<>(CodePointOrder.INSTANCE);
        copy.addAll(names);
        return copy;
    }
}
