package dev.cfnguard.internal.regex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles each distinct pattern once. Thread-safe; an instance is meant to live as long as the
 * rules it serves (it is not a process-wide cache). Patterns that fail to compile are remembered too,
 * and fail again with the same exception.
 */
public final class RegexCache {

    private final Map<String, Object> compiled = new ConcurrentHashMap<>();

    /**
     * @throws RegexSyntaxException when the pattern is not a valid regular expression
     */
    public RustRegex get(String rustPattern) {
        Object entry = compiled.computeIfAbsent(rustPattern, pattern -> {
            try {
                return RustRegex.compile(pattern);
            } catch (RegexSyntaxException e) {
                return e;
            }
        });
        if (entry instanceof RegexSyntaxException e) {
            throw new RegexSyntaxException(e.pattern(), e.getMessage());
        }
        return (RustRegex) entry;
    }
}
