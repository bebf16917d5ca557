package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.ast.RulesFile;
import java.util.Optional;

/** Parses rules text; the test command is given one so it does not depend on a particular front end. */
@FunctionalInterface
public interface RulesFileParser {

    /**
     * @param fileName the name the parser puts in its messages and locations
     * @return the rules, or empty when the text has nothing to parse (empty, or comments only)
     * @throws RulesParseException when the text is not valid rules
     */
    Optional<RulesFile> parse(String content, String fileName) throws RulesParseException;

    /** A rules file that does not parse; the message is the reference's error text. */
    final class RulesParseException extends Exception {
        private static final long serialVersionUID = 1L;

        public RulesParseException(String message) {
            super(message);
        }
    }
}
