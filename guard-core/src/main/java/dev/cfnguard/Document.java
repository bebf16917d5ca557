package dev.cfnguard;

import dev.cfnguard.internal.value.JavaValues;
import dev.cfnguard.internal.value.Value;
import java.util.Objects;

/**
 * A loaded data document (a CloudFormation template, a Terraform plan, any YAML or JSON), ready to be
 * evaluated by any number of {@link RuleSet}s. Made by {@link Guard}'s {@code parseDocument},
 * {@code loadDocument} and {@code document} methods. Immutable and thread-safe.
 */
public final class Document {

    private final String name;
    private final String source;
    private final Value root;

    Document(String name, String source, Value root) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = source;
        this.root = root;
    }

    /** @return the name the document was loaded under, which reports print */
    public String name() {
        return name;
    }

    /**
     * @return the text the document was parsed from, which the default report quotes; empty for a
     *         document made from a Java or Jackson tree
     */
    public String source() {
        return source;
    }

    /**
     * @return the document as plain Java: {@code Map} (in document order), {@code List}, {@code String},
     *         {@code Long}, {@code Double}, {@code Boolean} or {@code null}; a fresh copy on each call
     */
    public Object toJava() {
        return JavaValues.toJava(root);
    }

    Value root() {
        return root;
    }

    @Override
    public String toString() {
        return "Document[" + name + "]";
    }
}
