package dev.cfnguard.internal.regex;

import java.util.Map;

/**
 * A pattern the reference accepts, parsed.
 *
 * @param source      the pattern as written
 * @param root        its meaning
 * @param groupCount  how many capturing groups it has
 * @param groupNames  named groups, name to number
 * @param unsupported why no engine here can run it (a construct or Unicode property we lack); null when
 *                    it can be run
 */
record ParsedRegex(String source, RegexNode root, int groupCount, Map<String, Integer> groupNames,
                   String unsupported) {}
