package dev.cfnguard.internal.regex;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/** A pattern run by RE2/J, in time linear in the length of the text. */
final class LinearSearcher implements Searcher {

    private final Pattern pattern;

    /**
     * @throws com.google.re2j.PatternSyntaxException if RE2/J cannot compile what was written for it
     */
    LinearSearcher(String re2jPattern) {
        this.pattern = Pattern.compile(re2jPattern);
    }

    @Override
    public boolean find(CharSequence text) {
        return pattern.matcher(text).find();
    }

    @Override
    public int[] search(CharSequence text, int from) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find(from)) {
            return null;
        }
        int[] bounds = new int[2 * (matcher.groupCount() + 1)];
        for (int group = 0; group <= matcher.groupCount(); group++) {
            bounds[2 * group] = matcher.start(group);
            bounds[2 * group + 1] = matcher.end(group);
        }
        return bounds;
    }
}
