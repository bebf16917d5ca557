package dev.cfnguard.internal.tree;

import dev.cfnguard.internal.ast.RulesFile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Prints a parsed rules file the way {@code cfn-guard parse-tree} does: as YAML (serde_yaml 0.9's
 * output) or as pretty JSON (serde_json's). A file without content prints as {@code null}. Stateless
 * and thread-safe.
 */
public final class ParseTreePrinter {

    private ParseTreePrinter() {}

    /**
     * Writes the YAML form, ending with a newline.
     *
     * @throws TreeSerializationException if the tree holds a non-finite float; nothing is written then
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void writeYaml(RulesFile rules, Appendable out) {
        String yaml = YamlWriter.write(ParseTreeModel.of(rules));
        try {
            out.append(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the JSON form, without a final newline.
     *
     * @throws TreeSerializationException if the tree holds a non-finite float; what precedes it has
     *                                    been written, as the reference does
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void writeJson(RulesFile rules, Appendable out) {
        JsonWriter.write(ParseTreeModel.of(rules), out);
    }
}
