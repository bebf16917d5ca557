package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.regex.RegexCache;
import java.util.Map;

/**
 * The per-evaluator collaborators every scope needs: comparisons, operators, built-in functions and the
 * rules file name used in record contexts. Immutable and thread-safe.
 */
record Session(String rulesFileName, RegexCache regexes, Comparisons comparisons, Operators operators,
               Builtins builtins, QueryResolver resolver) {

    static Session create(String rulesFileName, RegexCache regexes, Map<String, ExtensionFunction> functions) {
        Comparisons comparisons = new Comparisons(regexes);
        return new Session(rulesFileName, regexes, comparisons, new Operators(comparisons),
                new Builtins(regexes, functions), new QueryResolver());
    }
}
