package dev.cfnguard.internal.parse;

import dev.cfnguard.internal.ast.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexed source of one rules file, answering the questions the grammar leaves to the AST builder:
 * what whitespace and comments sit between two tokens, and where a token starts.
 */
final class SourceText {

    private final CharStream chars;
    private final BufferedTokenStream tokens;

    SourceText(CharStream chars, BufferedTokenStream tokens) {
        this.chars = chars;
        this.tokens = tokens;
    }

    /** The whitespace and comments between {@code token} and the next significant token (or the end). */
    String gapAfter(Token token) {
        List<Token> hidden = tokens.getHiddenTokensToRight(token.getTokenIndex());
        if (hidden == null) {
            return "";
        }
        StringBuilder gap = new StringBuilder();
        hidden.forEach(t -> gap.append(t.getText()));
        return gap.toString();
    }

    /** Whether a comment sits between {@code token} and the next significant token. */
    boolean commentAfter(Token token) {
        List<Token> hidden = tokens.getHiddenTokensToRight(token.getTokenIndex());
        return hidden != null && hidden.stream().anyMatch(t -> t.getText().startsWith("#"));
    }

    /** The significant token after {@code token}; the EOF token at the end. */
    Token next(Token token) {
        int index = token.getTokenIndex() + 1;
        while (tokens.get(index).getChannel() != Token.DEFAULT_CHANNEL) {
            index++;
        }
        return tokens.get(index);
    }

    /** Whether {@code second} starts right where {@code first} ends. */
    static boolean adjacent(Token first, Token second) {
        return first.getStopIndex() + 1 == second.getStartIndex();
    }

    /** Line and column (1-based, counted in characters) of the token's first character. */
    static SourceLocation location(Token token) {
        return new SourceLocation(token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** Line and column of the token, the column counted in UTF-8 bytes (1-based). */
    SourceLocation byteLocation(Token token) {
        int start = token.getStartIndex();
        int lineStart = start;
        while (lineStart > 0 && chars.getText(Interval.of(lineStart - 1, lineStart - 1)).charAt(0) != '\n') {
            lineStart--;
        }
        String prefix = lineStart == start ? "" : chars.getText(Interval.of(lineStart, start - 1));
        return new SourceLocation(token.getLine(), prefix.getBytes(StandardCharsets.UTF_8).length + 1);
    }
}
