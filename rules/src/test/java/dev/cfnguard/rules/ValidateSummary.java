package dev.cfnguard.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule statuses in the output of {@code validate --show-summary all}: for each data file and rules
 * file, one line {@code <rules file name>/<RULE NAME>}, spaces, and {@code PASS}, {@code FAIL} or
 * {@code SKIP}.
 */
final class ValidateSummary {
    private static final Pattern RULE_LINE = Pattern.compile("^([^/\\s]+\\.guard)/(\\S+) +(PASS|FAIL|SKIP)$", Pattern.MULTILINE);

    private ValidateSummary() {}

    /**
     * The status of each rule, keyed by rule name, from the output of a run over one data file.
     *
     * @throws AssertionError if a rule is reported twice, or from a rules file not named after it
     */
    static Map<String, String> statuses(String stdout) {
        Map<String, String> statuses = new LinkedHashMap<>();
        Matcher line = RULE_LINE.matcher(stdout);
        while (line.find()) {
            String rulesFile = line.group(1);
            String rule = line.group(2);
            if (!rulesFile.equals(rule.toLowerCase(Locale.ROOT) + ".guard")) {
                throw new AssertionError("rule " + rule + " reported from " + rulesFile);
            }
            if (statuses.put(rule, line.group(3)) != null) {
                throw new AssertionError("rule " + rule + " reported twice");
            }
        }
        return statuses;
    }
}
