package dev.cfnguard.internal.regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern run by java.util.regex. Give it a {@link BudgetedText} to bound its work; a search that
 * overflows the stack gives up as one that exceeds its budget does.
 */
final class BacktrackingSearcher implements Searcher {

    private final String source;
    private final Pattern pattern;
    private final int[] groupOf;
    private final int[] keepOutGroups;

    /**
     * @throws PatternSyntaxException if java.util.regex cannot compile what was written for it
     */
    BacktrackingSearcher(String source, PatternWriter.Written written) {
        this.source = source;
        this.pattern = Pattern.compile(written.pattern(), Pattern.UNICODE_CHARACTER_CLASS);
        this.groupOf = written.groupOf();
        this.keepOutGroups = written.keepOutGroups();
    }

    @Override
    public boolean find(CharSequence text) {
        try {
            return pattern.matcher(text).find();
        } catch (StackOverflowError e) {
            throw RegexBudgetExceededException.stack(source);
        }
    }

    @Override
    public int[] search(CharSequence text, int from) {
        Matcher matcher = pattern.matcher(text);
        try {
            if (!matcher.find(from)) {
                return null;
            }
        } catch (StackOverflowError e) {
            throw RegexBudgetExceededException.stack(source);
        }
        int[] bounds = new int[2 * groupOf.length];
        bounds[0] = matchStart(matcher);
        bounds[1] = matcher.end();
        for (int group = 1; group < groupOf.length; group++) {
            bounds[2 * group] = matcher.start(groupOf[group]);
            bounds[2 * group + 1] = matcher.end(groupOf[group]);
        }
        return bounds;
    }

    /** Where the match starts, moved up to the last {@code \K} it passed (never past its end). */
    private int matchStart(Matcher matcher) {
        int start = matcher.start();
        for (int group : keepOutGroups) {
            start = Math.max(start, matcher.start(group));
        }
        return Math.min(start, matcher.end());
    }
}
