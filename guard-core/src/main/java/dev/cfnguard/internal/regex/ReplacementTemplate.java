package dev.cfnguard.internal.regex;

import java.util.Map;

/**
 * The replacement text of {@code regex_replace}, expanded for one match as the reference does:
 * {@code $$} is a dollar, {@code $name} and {@code ${name}} a group by name or number ({@code $0} the
 * whole match), empty when the group does not exist or took no part; a name runs as long as letters,
 * digits and underscores do. A dollar that starts none of these stands for itself.
 */
final class ReplacementTemplate {

    private ReplacementTemplate() {}

    /**
     * @param bounds     the match, as {@link Searcher#search} gives it
     * @param groupNames the pattern's named groups
     */
    static void expand(String template, String text, int[] bounds, Map<String, Integer> groupNames,
                       StringBuilder out) {
        int i = 0;
        while (i < template.length()) {
            int c = template.codePointAt(i);
            i += Character.charCount(c);
            if (c != '$') {
                out.appendCodePoint(c);
                continue;
            }
            if (template.startsWith("$", i)) {
                out.append('$');
                i++;
                continue;
            }
            String name = RegexParser.identifierAt(template, i, "{", "}", false);
            int skip = name == null ? 0 : name.length() + 2;
            if (name == null) {
                name = RegexParser.identifierAt(template, i, "", "", false);
                skip = name == null ? 0 : name.length();
            }
            if (name == null) {
                out.append('$');
                continue;
            }
            i += skip;
            Integer named = groupNames.get(name);
            if (!append(named == null ? -1 : named, text, bounds, out)) {
                append(number(name), text, bounds, out);
            }
        }
    }

    /** Appends what the group matched; false if there is no such group or it took no part. */
    private static boolean append(int group, String text, int[] bounds, StringBuilder out) {
        if (group < 0 || 2 * group >= bounds.length || bounds[2 * group] < 0) {
            return false;
        }
        out.append(text, bounds[2 * group], bounds[2 * group + 1]);
        return true;
    }

    /** The group number a name spells in ASCII digits, -1 if it spells none. */
    private static int number(String name) {
        long number = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = Math.min(number * 10 + (c - '0'), Integer.MAX_VALUE);
        }
        return (int) number;
    }
}
