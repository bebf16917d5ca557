package dev.cfnguard.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The {@code validate --show-summary} values: which rule statuses the summary table lists. */
public enum ShowSummary implements CliValue {
    ALL,
    PASS,
    FAIL,
    SKIP,
    NONE;

    @Override
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The statuses selected by the given values, read left to right: {@code all} adds all three,
     * {@code none} clears what came before it (so {@code none,pass} shows passes, {@code pass,none}
     * shows nothing). The result holds only {@link #PASS}, {@link #FAIL} and {@link #SKIP}; empty means
     * no summary.
     */
    public static Set<ShowSummary> statusesShown(List<ShowSummary> values) {
        EnumSet<ShowSummary> shown = EnumSet.noneOf(ShowSummary.class);
        for (ShowSummary value : values) {
            switch (value) {
                case ALL -> shown.addAll(EnumSet.of(PASS, FAIL, SKIP));
                case NONE -> shown.clear();
                default -> shown.add(value);
            }
        }
        return shown;
    }
}
