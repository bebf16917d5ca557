package dev.cfnguard.internal.ast;

import java.util.List;

/** {@code rule NAME(a, b) { ... }}: evaluated only when called from a clause. */
public record ParameterizedRule(List<String> parameterNames, Rule rule) {
    public ParameterizedRule {
        parameterNames = List.copyOf(parameterNames);
    }
}
