package dev.cfnguard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the values of an option the way clap 4 (the reference's parser) does; every value-taking option
 * of our commands uses it instead of picocli's own value handling, because the two differ in details
 * users can see:
 * <ul>
 *   <li>a value attached to the option ({@code --rules=x}, {@code -rx}, {@code -r=x}) is the only value of
 *       that occurrence, even when it is empty;</li>
 *   <li>otherwise the following arguments are taken unless they look like a flag (they start with
 *       {@code -} and are not {@code -} alone): exactly one for a single-valued option, where a missing
 *       value is an error, and any number, possibly none, for a multi-valued option (arity
 *       {@code 0..*});</li>
 *   <li>an option declared with {@code split = ","} takes one argument per occurrence and splits it;
 *       occurrences accumulate;</li>
 *   <li>any other single-valued option may occur only once;</li>
 *   <li>a value of a {@link CliValue} type must be one of its spellings and cannot be empty.</li>
 * </ul>
 * A field left {@code null} therefore means "option not given", which the commands rely on for clap's
 * conflict rules. Errors are {@link ParameterException}s worded like clap's messages.
 */
final class ClapOptionValues implements IParameterPreprocessor {

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
        OptionSpec option = (OptionSpec) arg;
        // picocli reports " " when the value is a separate argument, "=" or "" when it is attached.
        boolean attached = !" ".equals(info.get("separator"));
        boolean multiValued = option.arity().max() > 1;

        if (!option.isMultiValue() && option.getValue() != null) {
            throw error(command, "the argument '" + label(option) + "' cannot be used multiple times");
        }
        List<String> texts = new ArrayList<>();
        if (attached) {
            texts.add(args.pop());
        } else if (multiValued) {
            while (!args.isEmpty() && !looksLikeFlag(args.peek())) {
                texts.add(args.pop());
            }
        } else if (args.isEmpty() || looksLikeFlag(args.peek())) {
            throw valueRequired(command, option);
        } else {
            texts.add(args.pop());
        }
        if (!option.splitRegex().isEmpty()) {
            texts = splitEach(texts, option.splitRegex());
        }

        List<Object> values = new ArrayList<>();
        for (String text : texts) {
            values.add(convert(command, option, text));
        }
        store(option, values);
        return true;
    }

    private static boolean looksLikeFlag(String argument) {
        return argument.startsWith("-") && argument.length() > 1;
    }

    private static List<String> splitEach(List<String> texts, String separatorRegex) {
        List<String> pieces = new ArrayList<>();
        for (String text : texts) {
            // -1 keeps empty trailing pieces: clap rejects "pass," as an empty value.
            pieces.addAll(List.of(text.split(separatorRegex, -1)));
        }
        return pieces;
    }

    private static Object convert(CommandSpec command, OptionSpec option, String text) {
        Class<?> type = elementType(option);
        if (!CliValue.class.isAssignableFrom(type)) {
            return text;
        }
        if (text.isEmpty()) {
            throw valueRequired(command, option);
        }
        for (Object constant : type.getEnumConstants()) {
            if (((CliValue) constant).cliName().equals(text)) {
                return constant;
            }
        }
        throw error(command, "invalid value '" + text + "' for '" + label(option) + "'\n" + possibleValues(option));
    }

    private static void store(OptionSpec option, List<Object> values) {
        if (!option.isMultiValue()) {
            option.setValue(values.get(0));
            return;
        }
        List<Object> list = option.getValue();
        if (list == null) {
            list = new ArrayList<>();
            option.setValue(list);
        }
        list.addAll(values);
    }

    private static Class<?> elementType(OptionSpec option) {
        return option.isMultiValue() ? option.auxiliaryTypes()[0] : option.type();
    }

    /** How clap names the option in messages: {@code --rules [<RULES>...]}, {@code --type <type>}. */
    static String label(OptionSpec option) {
        String value = option.arity().max() > 1 ? "[" + option.paramLabel() + "...]" : option.paramLabel();
        return option.longestName() + " " + value;
    }

    @SuppressWarnings("unchecked")
    private static String possibleValues(OptionSpec option) {
        Class<?> type = elementType(option);
        if (!CliValue.class.isAssignableFrom(type)) {
            return "";
        }
        return "  [possible values: "
                + String.join(", ", CliValue.spellings((Class<? extends CliValue>) type)) + "]";
    }

    private static ParameterException valueRequired(CommandSpec command, OptionSpec option) {
        String possible = possibleValues(option);
        return error(command, "a value is required for '" + label(option) + "' but none was supplied"
                + (possible.isEmpty() ? "" : "\n" + possible));
    }

    private static ParameterException error(CommandSpec command, String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
