package dev.cfnguard.internal.parse;

import dev.cfnguard.grammar.GuardLexer;
import dev.cfnguard.grammar.GuardParser;
import dev.cfnguard.internal.ast.RulesFile;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Parses Guard rules files into the AST. Accepts what the reference cfn-guard 3.1.1 accepts and builds
 * the same tree. Stateless and thread-safe.
 */
public final class RulesParser {

    /**
     * Deepest accepted nesting of braces, brackets and parentheses. Real rules nest a handful of levels;
     * the parser's lookahead grows with the depth of nested blocks, and its recursion with every level.
     */
    public static final int DEFAULT_MAX_NESTING = 64;

    private RulesParser() {}

    /**
     * Parses one rules file.
     *
     * @param source   the file's text
     * @param fileName the name the file's default rule is prefixed with ({@code NAME/default}); blank for
     *                 a plain {@code default}, as {@code parse-tree} does. Also named in diagnostics.
     * @return the parsed file; empty (no assignments and no rules) when the file holds only whitespace
     *         and comments
     * @throws GuardSyntaxException with every syntax error found, when the text is not valid Guard
     */
    public static RulesFile parse(String source, String fileName) {
        return parse(source, fileName, DEFAULT_MAX_NESTING);
    }

    /**
     * Parses one rules file, refusing deeper nesting than {@code maxNesting} with a syntax error.
     *
     * @throws GuardSyntaxException as {@link #parse(String, String)}, and for nesting beyond the limit (also
     *                              when the thread's stack runs out first)
     */
    public static RulesFile parse(String source, String fileName, int maxNesting) {
        CharStream chars = CharStreams.fromString(source, fileName == null ? "" : fileName);
        Diagnostics diagnostics = new Diagnostics(fileName, chars);
        GuardLexer lexer = new GuardLexer(chars);
        lexer.removeErrorListeners();
        lexer.addErrorListener(diagnostics);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        GuardParser parser = new GuardParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(diagnostics);
        diagnostics.attach(parser);
        Token tooDeep = firstTokenDeeperThan(source, maxNesting);
        if (tooDeep != null) {
            diagnostics.report(tooDeep, "blocks, lists and calls nest deeper than " + maxNesting + " levels");
            diagnostics.throwIfAny();
        }
        try {
            GuardParser.RulesFileContext tree = parser.rulesFile();
            diagnostics.throwIfAny();
            RulesFile rules = new AstBuilder(fileName, new SourceText(chars, tokens), diagnostics).rulesFile(tree);
            diagnostics.throwIfAny();
            return rules;
        } catch (StackOverflowError e) {
            Token at = tokens.LT(1);
            diagnostics.report(at, "rules nest too deeply for this thread's stack");
            diagnostics.throwIfAny();
            throw e; // unreachable: a diagnostic was just reported
        }
    }

    /**
     * Lexes the text on its own (lexing does not recurse) and returns the first opening token that nests
     * deeper than {@code maxNesting}, or null. Lexical errors are left to the real parse.
     */
    private static Token firstTokenDeeperThan(String source, int maxNesting) {
        GuardLexer lexer = new GuardLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        int depth = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            switch (token.getType()) {
                case GuardLexer.LBRACE, GuardLexer.LBRACKET, GuardLexer.LPAREN -> {
                    if (++depth > maxNesting) {
                        return token;
                    }
                }
                case GuardLexer.RBRACE, GuardLexer.RBRACKET, GuardLexer.RPAREN -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return null;
    }
}
