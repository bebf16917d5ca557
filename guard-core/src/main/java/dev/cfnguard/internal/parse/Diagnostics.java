package dev.cfnguard.internal.parse;

import dev.cfnguard.grammar.GuardParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Collects the syntax errors of one rules file: those ANTLR reports while lexing and parsing, and
 * those the AST builder finds afterwards. Not thread-safe; one instance per parse.
 */
final class Diagnostics extends BaseErrorListener {

    private static final String RIGHT_HAND_SIDE_EXPECTED = "expecting either a property access \"engine.core\" or"
            + " value like \"string\" or [\"this\", \"that\"]";

    private static final Set<Integer> COMPARISON_OPERATORS = Set.of(GuardParser.EQ, GuardParser.NE,
            GuardParser.GE, GuardParser.LE, GuardParser.GT, GuardParser.LT, GuardParser.IN);

    private final String fileName;
    private final CharStream source;
    private final List<SyntaxDiagnostic> found = new ArrayList<>();
    private Parser parser;
    private String referenceMessage;

    Diagnostics(String fileName, CharStream source) {
        this.fileName = fileName;
        this.source = source;
    }

    /** Lexer errors happen while the parser asks for tokens: the parser's rule tells where they are. */
    void attach(Parser parser) {
        this.parser = parser;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        // ANTLR's parser messages list every expected token; naming the unexpected one reads better.
        String message = msg;
        if (offendingSymbol instanceof Token token) {
            message = token.getType() == Token.EOF ? "unexpected end of file"
                    : "unexpected '" + printable(token.getText()) + "'";
        }
        if (found.isEmpty()) {
            referenceMessage = rightHandSideFailure();
            if (referenceMessage == null && e instanceof NoViableAltException noViable
                    && offendingSymbol instanceof Token offending) {
                referenceMessage = missingValueAfterOperator(noViable, offending);
            }
        }
        found.add(new SyntaxDiagnostic(fileName, line, charPositionInLine + 1, message));
    }

    /**
     * The reference's parser commits once it has read a comparison operator: if the value after it does not
     * parse, it stops there and reports the rest of the file as the fragment it could not handle. Its
     * {@code test} command prints that message on stdout, so we word it the same way when the first error
     * falls inside such a value; null otherwise.
     */
    private String rightHandSideFailure() {
        if (parser == null) {
            return null;
        }
        RuleContext inner = null;
        for (RuleContext context = parser.getContext(); context != null; inner = context, context = context.parent) {
            if (context instanceof GuardParser.BinaryOperatorContext) {
                return null;
            }
            if (context instanceof GuardParser.BinaryComparisonContext comparison) {
                Token operatorEnd = comparison.binaryOperator() == null ? null : comparison.binaryOperator().getStop();
                boolean inValue = inner == null || inner instanceof GuardParser.LetValueContext;
                return operatorEnd == null || !inValue ? null : referenceWording(operatorEnd.getStopIndex() + 1);
            }
        }
        return null;
    }

    /**
     * A decision that fails before entering the comparison (ANTLR predicts across {@code a or b == }): when
     * the last token read before the offending one is a comparison operator, the value is what is missing.
     */
    private String missingValueAfterOperator(NoViableAltException e, Token offending) {
        TokenStream tokens = parser.getInputStream();
        if (e.getStartToken() == null) {
            return null;
        }
        for (int i = offending.getTokenIndex() - 1; i >= e.getStartToken().getTokenIndex(); i--) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            return COMPARISON_OPERATORS.contains(token.getType()) ? referenceWording(token.getStopIndex() + 1) : null;
        }
        return null;
    }

    private String referenceWording(int offset) {
        String before = source.getText(Interval.of(0, offset - 1));
        int lineStart = before.lastIndexOf('\n') + 1;
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.substring(lineStart).codePointCount(0, before.length() - lineStart) + 1;
        String fragment = source.getText(Interval.of(offset, source.size() - 1));
        return "Parser Error when parsing `Parsing Error Error parsing file " + (fileName == null ? "" : fileName)
                + " at line " + line + " at column " + column + ", when handling " + RIGHT_HAND_SIDE_EXPECTED
                + ", fragment " + fragment + "`";
    }

    private static String printable(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    void report(Token at, String message) {
        found.add(new SyntaxDiagnostic(fileName, at.getLine(), at.getCharPositionInLine() + 1, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Throws a {@link GuardSyntaxException} carrying everything found so far, if anything was. */
    void throwIfAny() {
        if (any()) {
            List<SyntaxDiagnostic> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparingInt(SyntaxDiagnostic::line).thenComparingInt(SyntaxDiagnostic::column));
            throw new GuardSyntaxException(sorted, referenceMessage);
        }
    }
}
