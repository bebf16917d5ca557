package dev.cfnguard.internal.regex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A regular expression in the reference implementation's dialect (the Rust regex crate's syntax, as
 * fancy-regex 0.13 extends it with look-around and backreferences), compiled once and run with the
 * reference's matching rules.
 *
 * <p>Each pattern runs on the engine its constructs need ({@link Engine}): RE2/J, in time linear in the
 * text, whenever it can express the pattern; otherwise java.util.regex, which backtracks, with a budget
 * of steps per operation so that no pattern can run away: past the budget the operation throws
 * {@link RegexBudgetExceededException}.
 *
 * <p>Instances are thread-safe. Use a {@link RegexCache} to compile each pattern once.
 */
public final class RustRegex {

    // Rules test the same short texts (map keys, enumerated settings) against a pattern again and again,
    // so an instance remembers the answers for a bounded number of them: a long-lived rule set keeps at
    // most about half a megabyte of text per pattern (image references run to a hundred characters or so).
    private static final int REMEMBERED_TEXT_LENGTH = 256;
    private static final int REMEMBERED_TEXTS = 1024;

    /** Characters a backtracking operation may read before giving up; about a second of work. */
    public static final long DEFAULT_STEP_BUDGET = 10_000_000L;

    private final ParsedRegex parsed;
    private final Engine engine;
    private final Searcher linear;
    private final Searcher backtracking;
    private final long stepBudget;
    private final Map<String, Boolean> found = new ConcurrentHashMap<>();

    private RustRegex(ParsedRegex parsed, Engine engine, Searcher linear, Searcher backtracking, long stepBudget) {
        this.parsed = parsed;
        this.engine = engine;
        this.linear = linear;
        this.backtracking = backtracking;
        this.stepBudget = stepBudget;
    }

    /** Whether the reference accepts the pattern. Some patterns it accepts cannot be compiled here. */
    public static boolean isValid(String pattern) {
        try {
            RegexParser.validate(pattern);
            return true;
        } catch (RegexSyntaxException e) {
            return false;
        }
    }

    /**
     * Compiles a pattern with the default step budget.
     *
     * @throws RegexSyntaxException when the pattern is invalid, or uses what no engine here can run
     *                              (conditionals, some Unicode properties)
     */
    public static RustRegex compile(String pattern) {
        return compile(pattern, DEFAULT_STEP_BUDGET);
    }

    /**
     * Compiles a pattern.
     *
     * @param stepBudget how many characters one backtracking operation may read
     * @throws RegexSyntaxException when the pattern is invalid, or uses what no engine here can run
     */
    public static RustRegex compile(String pattern, long stepBudget) {
        ParsedRegex parsed = RegexParser.parse(pattern);
        if (parsed.unsupported() != null) {
            throw new RegexSyntaxException(pattern, parsed.unsupported());
        }
        return compile(parsed, Engine.of(parsed.root()), stepBudget);
    }

    /** Compiles for the backtracking engine whatever the pattern, to compare the engines in tests. */
    static RustRegex compileForBacktracking(String pattern) {
        ParsedRegex parsed = RegexParser.parse(pattern);
        if (parsed.unsupported() != null) {
            throw new RegexSyntaxException(pattern, parsed.unsupported());
        }
        return compile(parsed, Engine.BACKTRACKING, DEFAULT_STEP_BUDGET);
    }

    private static RustRegex compile(ParsedRegex parsed, Engine chosen, long stepBudget) {
        String pattern = parsed.source();
        Engine engine = chosen;
        Searcher linear = null;
        if (engine != Engine.BACKTRACKING) {
            try {
                linear = new LinearSearcher(PatternWriter.write(parsed, PatternWriter.Dialect.RE2J).pattern());
            } catch (com.google.re2j.PatternSyntaxException e) {
                engine = Engine.BACKTRACKING; // a limit of RE2/J's we did not foresee; still correct
            }
        }
        Searcher backtracking = null;
        if (engine != Engine.LINEAR) {
            try {
                backtracking = new BacktrackingSearcher(pattern,
                        PatternWriter.write(parsed, PatternWriter.Dialect.JAVA));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new RegexSyntaxException(pattern, e.getDescription());
            }
        }
        return new RustRegex(parsed, engine, linear, backtracking, stepBudget);
    }

    /** The pattern as written in the rules. */
    public String source() {
        return parsed.source();
    }

    /** The engine the pattern runs on. */
    Engine engine() {
        return engine;
    }

    /**
     * True when the pattern matches anywhere in {@code text} (an unanchored search).
     *
     * @throws RegexBudgetExceededException when a backtracking search gives up
     */
    public boolean find(String text) {
        if (text.length() > REMEMBERED_TEXT_LENGTH) {
            return search(text);
        }
        Boolean known = found.get(text);
        if (known != null) {
            return known;
        }
        boolean result = search(text);
        if (found.size() < REMEMBERED_TEXTS) {
            found.put(text, result);
        }
        return result;
    }

    private boolean search(String text) {
        Searcher searcher = searcherFor(text);
        return searcher.find(input(searcher, text));
    }

    /**
     * Expands {@code replacement} once for every match in {@code text}, left to right, and
     * concatenates the expansions; the unmatched parts of {@code text} are dropped. This is what the
     * reference's {@code regex_replace} computes. An empty match right after a match is skipped.
     *
     * @throws RegexBudgetExceededException when a backtracking search gives up
     * @see ReplacementTemplate
     */
    public String expandEachMatch(String text, String replacement) {
        Searcher searcher = searcherFor(text);
        CharSequence input = input(searcher, text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int lastMatchEnd = -1;
        while (from <= text.length()) {
            int[] bounds = searcher.search(input, from);
            if (bounds == null) {
                break;
            }
            int end = bounds[1];
            if (bounds[0] == end) {
                from = end < text.length() ? end + Character.charCount(text.codePointAt(end)) : end + 1;
                if (end == lastMatchEnd) {
                    continue;
                }
            } else {
                from = end;
            }
            lastMatchEnd = end;
            ReplacementTemplate.expand(replacement, text, bounds, parsed.groupNames(), out);
        }
        return out.toString();
    }

    private Searcher searcherFor(String text) {
        return switch (engine) {
            case LINEAR -> linear;
            case BACKTRACKING -> backtracking;
            case LINEAR_FOR_ASCII_TEXT -> isAscii(text) ? linear : backtracking;
        };
    }

    private CharSequence input(Searcher searcher, String text) {
        return searcher == backtracking ? new BudgetedText(text, parsed.source(), stepBudget) : text;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return parsed.source();
    }
}
