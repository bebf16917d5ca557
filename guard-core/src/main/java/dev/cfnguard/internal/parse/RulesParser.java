package dev.cfnguard.internal.parse;

import dev.cfnguard.grammar.GuardLexer;
import dev.cfnguard.grammar.GuardParser;
import dev.cfnguard.internal.ast.RulesFile;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Parses Guard rules files into the AST. Accepts what the reference cfn-guard 3.1.1 accepts and builds
 * the same tree. Stateless and thread-safe.
 */
public final class RulesParser {

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
        GuardParser.RulesFileContext tree = parser.rulesFile();
        diagnostics.throwIfAny();
        RulesFile rules = new AstBuilder(fileName, new SourceText(chars, tokens), diagnostics).rulesFile(tree);
        diagnostics.throwIfAny();
        return rules;
    }
}
