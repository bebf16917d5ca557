package dev.cfnguard.internal.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Collects the syntax errors of one rules file: those ANTLR reports while lexing and parsing, and
 * those the AST builder finds afterwards. Not thread-safe; one instance per parse.
 */
final class Diagnostics extends BaseErrorListener {

    private final String fileName;
    private final List<SyntaxDiagnostic> found = new ArrayList<>();

    Diagnostics(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        found.add(new SyntaxDiagnostic(fileName, line, charPositionInLine + 1, msg));
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
            throw new GuardSyntaxException(sorted);
        }
    }
}
