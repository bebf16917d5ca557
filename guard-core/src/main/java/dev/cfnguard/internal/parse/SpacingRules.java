package dev.cfnguard.internal.parse;

import dev.cfnguard.grammar.GuardLexer;
import dev.cfnguard.grammar.GuardParser.NegationContext;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * The places where the reference is sensitive to the whitespace between two tokens, which the grammar
 * cannot see because whitespace and comments are hidden tokens there. Each method reports a
 * diagnostic when the spacing is one the reference rejects.
 */
final class SpacingRules {

    private static final Pattern BLANKS = Pattern.compile("[ \t]*");
    // What may follow a rule name that has no message: a line end or comment on the same line, or `{`.
    private static final Pattern RULE_NAME_END = Pattern.compile("[ \t]*(\r?\n|#).*", Pattern.DOTALL);

    private final SourceText source;
    private final Diagnostics diagnostics;

    SpacingRules(SourceText source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /**
     * {@code !} must touch what it negates and {@code not} may only be followed by blanks on the same
     * line; before a query, {@code this} and {@code some} may follow after any whitespace.
     */
    void negation(NegationContext negation, boolean beforeQuery) {
        Token token = negation.start;
        Token next = source.next(token);
        if (beforeQuery && (next.getType() == GuardLexer.THIS || next.getType() == GuardLexer.SOME)) {
            return;
        }
        String gap = source.gapAfter(token);
        if (token.getType() == GuardLexer.BANG ? !gap.isEmpty() : !BLANKS.matcher(gap).matches()) {
            diagnostics.report(next, "unexpected whitespace after '" + token.getText() + "'");
        }
    }

    /** Nothing may separate {@code second} from {@code first}. */
    void adjacent(Token first, Token second) {
        if (!SourceText.adjacent(first, second)) {
            diagnostics.report(second, "unexpected whitespace before '" + second.getText() + "'");
        }
    }

    /** Only blanks on the same line may separate {@code second} from {@code first}. */
    void sameLine(Token first, Token second) {
        if (!BLANKS.matcher(source.gapAfter(first)).matches()) {
            diagnostics.report(second, "'" + second.getText() + "' must be on the same line as '"
                    + first.getText() + "'");
        }
    }

    /** No comment may follow {@code token} before the next token. */
    void noCommentAfter(Token token) {
        if (source.commentAfter(token)) {
            diagnostics.report(source.next(token), "a comment is not allowed here");
        }
    }

    /**
     * A reference to a rule by name without a message must end its line, be followed by {@code or} or
     * {@code {}, or end the file.
     */
    void ruleNameEnd(Token name) {
        String gap = source.gapAfter(name);
        Token next = source.next(name);
        boolean ends = next.getType() == Token.EOF && gap.isEmpty()
                || RULE_NAME_END.matcher(gap).matches()
                || next.getType() == GuardLexer.LBRACE && BLANKS.matcher(gap).matches()
                || next.getType() == GuardLexer.OR
                || next.getType() == GuardLexer.OR_BARS;
        if (!ends) {
            diagnostics.report(next, "expected a new line, 'or' or a custom message after rule name '"
                    + name.getText() + "'");
        }
    }
}
