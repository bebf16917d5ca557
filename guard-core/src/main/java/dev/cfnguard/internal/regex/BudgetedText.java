package dev.cfnguard.internal.regex;

/**
 * The text a backtracking search reads, counting every character it reads: java.util.regex reads a
 * character at each step, so the count bounds the work of a search however the pattern backtracks.
 * Past the budget, reading throws {@link RegexBudgetExceededException}, which unwinds the search.
 * One instance serves one operation on one thread.
 */
final class BudgetedText implements CharSequence {

    private final String text;
    private final String pattern;
    private final long budget;
    private long steps;

    BudgetedText(String text, String pattern, long budget) {
        this.text = text;
        this.pattern = pattern;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        if (++steps > budget) {
            throw RegexBudgetExceededException.steps(pattern, budget);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    // Copying out a group's text is not a search step.
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
