package dev.cfnguard.internal.rulegen;

import dev.cfnguard.internal.document.UnicodeText;
import dev.cfnguard.internal.eval.SerdeYaml;
import dev.cfnguard.internal.parse.GuardSyntaxException;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.value.FloatFormat;
import dev.cfnguard.internal.value.ValueJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code cfn-guard rulegen}: writes, for each resource type of a CloudFormation template, a rule that
 * requires every property to have one of the values the template gives it. The reference lists types,
 * properties and values in hash order; this generator lists them in the order the template first
 * mentions them. Stateless.
 */
public final class RuleGenerator {
    private RuleGenerator() {}

    /** The template cannot be used; the reference reports the message and exits with code 1. */
    public static final class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean panics;

        TemplateException(String message, boolean panics) {
            super(message, null, false, false);
            this.panics = panics;
        }

        /** True where the reference crashes instead (exit code 101). */
        public boolean panics() {
            return panics;
        }
    }

    /**
     * The generated rules, or why they are not printed: the reference checks its own output with the
     * rules parser and prints nothing (exit code 0) when that fails.
     *
     * @param rules      the rules text, empty when {@code parseError} is set
     * @param parseError the parser's complaint, or null
     */
    public record Generated(String rules, String parseError) {}

    /**
     * @throws TemplateException when the template is not YAML/JSON the reference reads as a map (custom
     *                           tags such as {@code !Ref} included), lacks {@code Resources}, or has a
     *                           malformed resource
     */
    public static Generated generate(String template) throws TemplateException {
        SerdeYaml.Node root;
        try {
            root = SerdeYaml.parse(template);
        } catch (SerdeYaml.SyntaxException e) {
            throw new TemplateException("Parsing error handling template file, Error = " + e.getMessage(), false);
        }
        Map<String, SerdeYaml.Node> sections = mapping(root, "Parsing error handling template file, Error = "
                + "invalid type, expected a map");
        rejectTags(root);
        SerdeYaml.Node resources = sections.get("Resources");
        if (resources == null) {
            throw new TemplateException("Template lacks a Resources section", false);
        }
        Map<String, SerdeYaml.Node> byName = mapping(resources,
                "Template Resources section has an invalid structure: invalid type, expected a map");

        Map<String, Map<String, Set<String>>> rules = new LinkedHashMap<>();
        for (SerdeYaml.Node resource : byName.values()) {
            Map<String, SerdeYaml.Node> fields =
                    resource instanceof SerdeYaml.Mapping ? mapping(resource, "") : Map.of();
            if (!(fields.get("Properties") instanceof SerdeYaml.Mapping properties)) {
                continue;
            }
            for (Map.Entry<String, SerdeYaml.Node> property : mapping(properties, "").entrySet()) {
                String value = valueText(property.getValue());
                if (!(fields.get("Type") instanceof SerdeYaml.Scalar type && type.value() instanceof String typeName)) {
                    throw new TemplateException("called `Option::unwrap()` on a `None` value", true);
                }
                rules.computeIfAbsent(typeName, t -> new LinkedHashMap<>())
                        .computeIfAbsent(property.getKey(), p -> new LinkedHashSet<>())
                        .add(value);
            }
        }

        String text = render(rules);
        try {
            RulesParser.parse(text, "");
        } catch (GuardSyntaxException e) {
            return new Generated("", "Parsing error with generated rules file, Error = " + e.getMessage());
        }
        return new Generated(text, null);
    }

    private static String render(Map<String, Map<String, Set<String>>> rules) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, Set<String>>> resource : rules.entrySet()) {
            String name = resource.getKey().replace("::", "_").toLowerCase(Locale.ROOT);
            String variable = name + "_resources";
            out.append("let ").append(variable).append(" = Resources.*[ Type == '").append(resource.getKey())
                    .append("' ]\n");
            out.append("rule ").append(name).append(" when %").append(variable).append(" !empty {\n");
            for (Map.Entry<String, Set<String>> property : resource.getValue().entrySet()) {
                Set<String> values = property.getValue();
                out.append("  %").append(variable).append(".Properties.").append(property.getKey());
                if (values.size() > 1) {
                    out.append(" IN [").append(String.join(", ", values)).append("]\n");
                } else {
                    out.append(" == ").append(values.iterator().next()).append('\n');
                }
            }
            out.append("}\n");
        }
        return out.toString();
    }

    /** A property value as the rule compares it: strings quoted as they are, anything else as JSON. */
    private static String valueText(SerdeYaml.Node value) {
        boolean string = value instanceof SerdeYaml.Scalar scalar && scalar.value() instanceof String;
        String text = string ? (String) ((SerdeYaml.Scalar) value).value() : json(value);
        text = UnicodeText.trim(text).replace("\n", "");
        return string ? "\"" + text + "\"" : text;
    }

    /** Entries of a mapping by key text (YAML keys of any scalar kind read as their text). */
    private static Map<String, SerdeYaml.Node> mapping(SerdeYaml.Node node, String error) throws TemplateException {
        if (!(node instanceof SerdeYaml.Mapping mapping)) {
            throw new TemplateException(error, false);
        }
        Map<String, SerdeYaml.Node> entries = new LinkedHashMap<>();
        for (Map.Entry<SerdeYaml.Node, SerdeYaml.Node> entry : mapping.entries()) {
            entries.put(keyText(entry.getKey()), entry.getValue());
        }
        return entries;
    }

    private static String keyText(SerdeYaml.Node key) throws TemplateException {
        if (key instanceof SerdeYaml.Scalar scalar) {
            return scalar.text();
        }
        throw new TemplateException("Parsing error handling template file, Error = invalid type: expected a string key",
                false);
    }

    /** The reference reads the template as plain JSON data, which has no room for tags. */
    private static void rejectTags(SerdeYaml.Node node) throws TemplateException {
        List<SerdeYaml.Node> pending = new ArrayList<>(List.of(node));
        while (!pending.isEmpty()) {
            SerdeYaml.Node each = pending.remove(pending.size() - 1);
            if (each instanceof SerdeYaml.Tagged tagged) {
                throw new TemplateException("Parsing error handling template file, Error = invalid type: enum ("
                        + tagged.tag() + "), expected any valid JSON value", false);
            } else if (each instanceof SerdeYaml.Sequence sequence) {
                pending.addAll(sequence.elements());
            } else if (each instanceof SerdeYaml.Mapping mapping) {
                for (Map.Entry<SerdeYaml.Node, SerdeYaml.Node> entry : mapping.entries()) {
                    keyText(entry.getKey());
                    pending.add(entry.getValue());
                }
            }
        }
    }

    /** Compact JSON; floats that JSON cannot hold read as null, as in the reference. */
    private static String json(SerdeYaml.Node node) {
        StringBuilder out = new StringBuilder();
        appendJson(node, out);
        return out.toString();
    }

    private static void appendJson(SerdeYaml.Node node, StringBuilder out) {
        if (node instanceof SerdeYaml.Scalar scalar) {
            Object value = scalar.value();
            if (value == null || value instanceof Double d && !Double.isFinite(d)) {
                out.append("null");
            } else if (value instanceof Double d) {
                out.append(FloatFormat.json(d));
            } else if (value instanceof String s) {
                appendString(s, out);
            } else {
                out.append(value);
            }
        } else if (node instanceof SerdeYaml.Sequence sequence) {
            out.append('[');
            for (int i = 0; i < sequence.elements().size(); i++) {
                out.append(i == 0 ? "" : ",");
                appendJson(sequence.elements().get(i), out);
            }
            out.append(']');
        } else if (node instanceof SerdeYaml.Mapping mapping) {
            out.append('{');
            Map<String, SerdeYaml.Node> entries = new LinkedHashMap<>();
            for (Map.Entry<SerdeYaml.Node, SerdeYaml.Node> entry : mapping.entries()) {
                entries.put(((SerdeYaml.Scalar) entry.getKey()).text(), entry.getValue());
            }
            boolean first = true;
            for (Map.Entry<String, SerdeYaml.Node> entry : entries.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                appendString(entry.getKey(), out);
                out.append(':');
                appendJson(entry.getValue(), out);
            }
            out.append('}');
        }
    }

    private static void appendString(String text, StringBuilder out) {
        try {
            ValueJson.appendString(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
