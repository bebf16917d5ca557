package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.parse.GuardSyntaxException;
import dev.cfnguard.internal.parse.RulesParser;
import java.util.Optional;

/** The rules parsers the test command can use. */
public final class RulesFileParsers {
    private RulesFileParsers() {}

    /** guard-core's own parser; a file with nothing but whitespace and comments reads as empty. */
    public static RulesFileParser core() {
        return core(RulesParser.DEFAULT_MAX_NESTING);
    }

    /** @param maxNesting the deepest nesting of braces, brackets and parentheses accepted */
    public static RulesFileParser core(int maxNesting) {
        return (content, fileName) -> {
            RulesFile rules;
            try {
                rules = RulesParser.parse(content, fileName, maxNesting);
            } catch (GuardSyntaxException e) {
                throw new RulesFileParser.RulesParseException(e.referenceMessage().orElse(e.getMessage()));
            }
            boolean empty = rules.assignments().isEmpty() && rules.rules().isEmpty()
                    && rules.parameterizedRules().isEmpty();
            return empty ? Optional.empty() : Optional.of(rules);
        };
    }
}
