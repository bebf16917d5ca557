package dev.cfnguard.cli;

import java.util.Arrays;
import java.util.List;

/**
 * An enumerated option value, spelled on the command line as {@link #cliName()} (e.g.
 * {@code single-line-summary}), matched case-sensitively like the reference does.
 */
public interface CliValue {

    String cliName();

    /** All spellings of {@code type}, in declaration order (the order the help text lists them in). */
    static List<String> spellings(Class<? extends CliValue> type) {
        return Arrays.stream(type.getEnumConstants()).map(CliValue::cliName).toList();
    }
}
